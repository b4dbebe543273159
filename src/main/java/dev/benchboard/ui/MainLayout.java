package dev.benchboard.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import dev.benchboard.ui.evaluation.EvaluationsView;

/** The workspace frame: title bar and navigation. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span title = new Span("Benchboard");
        title.addClassName("bb-app-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Evaluations", EvaluationsView.class, VaadinIcon.SCALE.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}

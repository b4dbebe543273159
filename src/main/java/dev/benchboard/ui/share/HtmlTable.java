package dev.benchboard.ui.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain HTML table in a horizontally scrolling box: prints in full, can be selected and copied,
 * and stays readable on a phone (the table scrolls, the page does not).
 */
final class HtmlTable extends Div {

    private final NativeTable table = new NativeTable();
    private final NativeTableBody body;

    HtmlTable(String id, List<String> headers) {
        addClassName("bb-share-scroll");
        table.setId(id);
        table.addClassName("bb-share-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) head.addHeaderCell().setText(header);
        body = table.addBody();
        add(table);
    }

    NativeTableRow row() {
        return body.addRow();
    }

    static NativeTableHeaderCell rowHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }

    static NativeTableCell cell(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text == null ? "–" : text);
        return cell;
    }

    static NativeTableCell cell(NativeTableRow row, Component... content) {
        NativeTableCell cell = row.addDataCell();
        cell.add(content);
        return cell;
    }

    static NativeTableCell numeric(NativeTableRow row, String text) {
        NativeTableCell cell = cell(row, text);
        cell.addClassName("bb-share-num");
        return cell;
    }
}

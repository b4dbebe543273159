// <bb-print>: prints the page when anything inside it is clicked. A web component rather than a listener
// added with executeJs: the shared report's page runs without 'unsafe-eval' (see ContentSecurityPolicy.java),
// and Vaadin's client evaluates executeJs strings.
class BbPrint extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('click', onClick);
  }
}

function onClick() {
  window.print();
}

customElements.define('bb-print', BbPrint);

/*
 * Quick exit: leave for a neutral page at once. location.replace swaps this page's history entry for the neutral
 * one, so Back does not return here (earlier pages of this site may remain: browsers let no page erase those).
 * Without JavaScript the button is an ordinary link to the same neutral page.
 */
(function () {
  'use strict';
  function leave(event) {
    var target = this.getAttribute('href');
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add('leaving');
    try {
      // The entry this page leaves behind shows the start page rather than a case or a form.
      window.history.replaceState(null, '', '/');
    } catch (ignored) {
      // Not allowed here: location.replace below still leaves.
    }
    window.location.replace(target);
  }
  function init() {
    var links = document.querySelectorAll('[data-quick-exit]');
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener('click', leave);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());

// Runs before the first paint (a small blocking script: the content security policy allows no
// inline one). The build writes the story's first screen in English, for the page with no event
// open, into index.html; main.tsx starts the app only after that screen has been painted. A link
// that will show another screen (Spanish, by its `lang` or by the browser's language; an event;
// the embed; another dataset) hides the written screen until the app draws its own, so it never
// shows English or the wrong view first (styles.css, `first-screen-off`; app/start.tsx mirrors this).
(function () {
  var params = new URLSearchParams(window.location.search);
  var lang = params.get('lang');
  if (lang !== 'en' && lang !== 'es') {
    var first = (window.navigator.languages && window.navigator.languages[0]) || '';
    lang = first.toLowerCase().indexOf('es') === 0 ? 'es' : 'en';
  }
  if (lang !== 'en' || params.get('embed') === '1' || params.has('event') || params.has('data'))
    document.documentElement.classList.add('first-screen-off');
})();

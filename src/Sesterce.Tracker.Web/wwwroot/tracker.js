// Behaviour that must work before (or without) the interactive circuit. Kept in a file rather than
// inline handlers, because the Content-Security-Policy allows no inline script.
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-action="print"]')) {
        window.print();
    }
});

// The theme choice outlives the circuit: the server reads this cookie for the first render of every
// page. It holds no secret, so it is readable by script; one year, like the language cookie.
window.tracker = window.tracker || {};
window.tracker.rememberTheme = value => {
    document.cookie = `tracker-theme=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
};

// Charts draw a compact layout on a phone: the server cannot know the viewport, so a component asks
// once after its first interactive render.
window.tracker.viewportWidth = () => window.innerWidth;

// A wide chart in a scrolling box opens on today: scroll so that the given x (in the chart's own
// units, out of its viewBox width) sits in the middle of the visible part.
window.tracker.scrollChartTo = (box, x, width) => {
    if (!(box instanceof Element) || !(width > 0)) {
        return;
    }
    const scale = box.scrollWidth / width;
    box.scrollLeft = Math.max(0, (x * scale) - (box.clientWidth / 2));
};

// Behaviour that must work before (or without) the interactive circuit. Kept in a file rather than
// inline handlers, because the Content-Security-Policy allows no inline script.
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-action="print"]')) {
        window.print();
    }
});

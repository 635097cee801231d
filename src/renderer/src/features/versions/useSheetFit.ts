import { type RefObject, useEffect } from 'react';

/** The A4 sheet's width on screen at 100 % (210 mm at 96 dpi). */
const SHEET_WIDTH_PX = (210 / 25.4) * 96;

/**
 * Scales the A4 sheet down to the desk's width when the window is narrower than the sheet and its
 * margin panel (a 1366 × 768 screen), so the whole page width shows without scrolling sideways; never
 * enlarges it. The desk carries the factor as --nd-sheet-zoom (officialPage.css).
 */
export function useSheetFit(deskRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const desk = deskRef.current;
    if (!desk || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const style = getComputedStyle(desk);
      const room = desk.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const zoom = room > 0 ? Math.min(1, room / SHEET_WIDTH_PX) : 1;
      desk.style.setProperty('--nd-sheet-zoom', zoom.toFixed(3));
    };
    const observer = new ResizeObserver(fit);
    observer.observe(desk);
    fit();
    return () => observer.disconnect();
  }, [deskRef]);
}

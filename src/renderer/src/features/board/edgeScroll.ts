/**
 * Auto-scroll while dragging a card: near the board's left or right edge the columns scroll toward that edge,
 * faster the closer the pointer is, so a column scrolled out of view can still be reached by a drag. Pure: the
 * board page feeds it the pointer's x and the scroll container's box on every animation frame.
 */

/** Width of the zone at each edge where a drag scrolls the board, in CSS pixels. */
export const EDGE_ZONE = 64
/** Scroll speed at the very edge (and beyond it), in pixels per animation frame. */
export const MAX_EDGE_SPEED = 24

export interface HorizontalBox {
  left: number
  right: number
}

/**
 * Pixels to scroll per frame for a pointer at `x`: negative toward the left edge, positive toward the right,
 * 0 in the middle. Grows linearly from 1 at the zone's inner border to `MAX_EDGE_SPEED` at the edge, and stays
 * at the maximum past the edge (the pointer left the board while dragging). A board too narrow for two zones
 * splits itself in halves.
 */
export function edgeScrollSpeed(x: number, box: HorizontalBox, zone = EDGE_ZONE, max = MAX_EDGE_SPEED): number {
  const width = box.right - box.left
  if (width <= 0) return 0
  const z = Math.min(zone, width / 2)
  const speed = (depth: number) => Math.ceil(max * Math.min(1, depth / z))
  if (x < box.left + z) return -speed(box.left + z - x)
  if (x > box.right - z) return speed(x - (box.right - z))
  return 0
}

/** Whether the container can still scroll in the direction of `speed`. */
export function canScroll(speed: number, scrollLeft: number, scrollWidth: number, clientWidth: number): boolean {
  if (speed < 0) return scrollLeft > 0
  if (speed > 0) return scrollLeft + clientWidth < scrollWidth - 0.5
  return false
}

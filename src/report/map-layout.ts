/**
 * The geometry of the report's map: an equirectangular projection scaled by
 * cos(latitude), plenty at the scale of Belgium, and a deterministic label
 * placement that never lets two labels overlap each other, a point or the
 * edge of the drawing.
 */

/** A rectangle in drawing units: top-left corner, width and height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point of the drawing. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Projects longitude and latitude onto the drawing; fitted to a set of places. */
export interface Projection {
  readonly project: (place: { readonly lat: number; readonly lon: number }) => Point;
  readonly width: number;
  readonly height: number;
}

/** Fits the places into `width` with `padding` around them; the height follows from their spread. */
export function fitProjection(
  places: readonly { readonly lat: number; readonly lon: number }[],
  width: number,
  padding: number,
): Projection {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const span = Math.max((maxLon - minLon) * xScale, maxLat - minLat, 1e-6);
  const scale = (width - 2 * padding) / span;
  // The drawing is centred across when the places spread more north-south than east-west.
  const offsetX = (width - 2 * padding - (maxLon - minLon) * xScale * scale) / 2;
  return {
    project: (p) => ({ x: padding + offsetX + (p.lon - minLon) * xScale * scale, y: padding + (maxLat - p.lat) * scale }),
    width,
    height: Math.round((maxLat - minLat) * scale + 2 * padding),
  };
}

/** A line from `from` to `to`, both ends pulled in by their marks' radii, shifted sideways by `offset`. */
export function arrowEnds(from: Point, to: Point, startGap: number, endGap: number, offset = 0): { from: Point; to: Point } {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const [sx, sy] = [-uy * offset, ux * offset];
  return {
    from: { x: from.x + ux * startGap + sx, y: from.y + uy * startGap + sy },
    to: { x: to.x - ux * endGap + sx, y: to.y - uy * endGap + sy },
  };
}

/** A label to place beside a point; `required` labels are placed first and may move away with a leader line. */
export interface LabelRequest {
  readonly text: string;
  readonly at: Point;
  /** The radius of the point's mark, which the label keeps clear of. */
  readonly radius: number;
  readonly required: boolean;
  /** Try the label centred on its point first (a name for an area, not for a mark). */
  readonly centred?: boolean;
}

/** A placed label: where its text goes, how it is anchored, the box it fills, and a leader line when it moved away. */
export interface PlacedLabel {
  readonly request: LabelRequest;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
  readonly leader?: { readonly from: Point; readonly to: Point };
}

/** How wide a label is at font size `size`: a generous average character width, so real text fits inside. */
export const labelWidth = (text: string, size: number): number => Math.ceil(text.length * size * 0.62) + 2;

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, bounds: Box): boolean =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

/** The positions tried around a point at distance `gap`, most readable first: right, left, above, below, then the corners. */
function candidates(request: LabelRequest, gap: number, size: number): Omit<PlacedLabel, 'request'>[] {
  const { x, y } = request.at;
  const width = labelWidth(request.text, size);
  const height = size + 2;
  const baseline = (top: number) => top + size - 1;
  const at = (left: number, top: number, anchor: PlacedLabel['anchor']) => ({
    x: anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2,
    y: baseline(top),
    anchor,
    box: { x: left, y: top, width, height },
  });
  const diagonal = gap * 0.75;
  return [
    ...(request.centred ? [at(x - width / 2, y - height / 2, 'middle')] : []),
    at(x + gap, y - height / 2, 'start'),
    at(x - gap - width, y - height / 2, 'end'),
    at(x - width / 2, y - gap - height, 'middle'),
    at(x - width / 2, y + gap, 'middle'),
    at(x + diagonal, y - diagonal - height, 'start'),
    at(x + diagonal, y + diagonal, 'start'),
    at(x - diagonal - width, y - diagonal - height, 'end'),
    at(x - diagonal - width, y + diagonal, 'end'),
  ];
}

/** The point of a box nearest to `p`, where a leader line ends. */
const nearestOnBox = (box: Box, p: Point): Point => ({
  x: Math.min(Math.max(p.x, box.x), box.x + box.width),
  y: Math.min(Math.max(p.y, box.y), box.y + box.height),
});

/**
 * Places labels one by one, required ones first, each in the first position
 * that overlaps no placed label, no obstacle (the points) and stays inside
 * `bounds`. A required label that finds no place beside its point moves
 * further out with a leader line; an optional one that finds none is left
 * out (its name stays in the point's tooltip); a required label that finds
 * no free place at all still goes beside its point. Same input, same placement.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box, size: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...requests.filter((r) => r.required), ...requests.filter((r) => !r.required)];
  for (const request of ordered) {
    // The label's own point is the obstacle centred on it.
    const own = (box: Box) =>
      Math.abs(box.x + box.width / 2 - request.at.x) < 1e-6 && Math.abs(box.y + box.height / 2 - request.at.y) < 1e-6;
    const free = (box: Box) =>
      inside(box, bounds) && !placed.some((other) => overlaps(box, other.box)) && !obstacles.some((o) => !own(o) && overlaps(box, o));
    const near = request.radius + 3;
    const distances = request.required ? [near, near * 2.5, near * 4, near * 6] : [near];
    const found = distances.flatMap((gap) => {
      const fit = candidates(request, gap, size).find((candidate) => free(candidate.box));
      return fit ? [{ gap, fit }] : [];
    })[0];
    if (found) {
      const leader = found.gap > near ? { leader: { from: request.at, to: nearestOnBox(found.fit.box, request.at) } } : {};
      placed.push({ request, ...found.fit, ...leader });
    } else if (request.required) {
      // Crowded beyond every position tried: the name is shown all the same, beside its point.
      placed.push({ request, ...candidates(request, near, size)[0]! });
    }
  }
  return placed;
}

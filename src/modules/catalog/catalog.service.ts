/**
 * The catalog's operations beyond its tables (catalog.repo.ts).
 *
 * Where a German postal code lies, roughly: enough to sort vaccination centers by distance for a citizen who
 * types their postal code. A centroid per postal region (the first two digits, "Leitregion": its main town)
 * and, where the demo's centers are, per postal code. A tenant with a full centroid table (e.g. from the
 * Federal Agency for Cartography) would replace this one; the lookup's shape stays.
 */
type LatLon = readonly [lat: number, lon: number];

const BY_REGION: Record<string, LatLon> = {
  '01': [51.05, 13.74], '02': [51.18, 14.42], '03': [51.76, 14.33], '04': [51.34, 12.37], '06': [51.48, 11.97],
  '07': [50.88, 12.08], '08': [50.72, 12.49], '09': [50.83, 12.92], '10': [52.52, 13.4], '12': [52.45, 13.5],
  '13': [52.57, 13.35], '14': [52.39, 13.06], '15': [52.34, 14.55], '16': [52.83, 13.82], '17': [53.56, 13.26],
  '18': [54.09, 12.13], '19': [53.63, 11.41], '20': [53.55, 10.0], '21': [53.25, 10.41], '22': [53.6, 10.05],
  '23': [53.87, 10.69], '24': [54.32, 10.14], '25': [54.0, 9.3], '26': [53.14, 8.21], '27': [53.55, 8.58],
  '28': [53.08, 8.8], '29': [52.62, 10.08], '30': [52.37, 9.74], '31': [52.15, 9.95], '32': [52.11, 8.67],
  '33': [52.02, 8.53], '34': [51.31, 9.48], '35': [50.58, 8.68], '36': [50.55, 9.68], '37': [51.54, 9.93],
  '38': [52.27, 10.52], '39': [52.13, 11.62], '40': [51.23, 6.78], '41': [51.19, 6.44], '42': [51.26, 7.15],
  '44': [51.51, 7.47], '45': [51.46, 7.01], '46': [51.47, 6.85], '47': [51.43, 6.76], '48': [51.96, 7.63],
  '49': [52.28, 8.05], '50': [50.94, 6.96], '51': [50.99, 7.13], '52': [50.78, 6.08], '53': [50.74, 7.1],
  '54': [49.75, 6.64], '55': [50.0, 8.27], '56': [50.36, 7.59], '57': [50.87, 8.02], '58': [51.36, 7.47],
  '59': [51.68, 7.82], '60': [50.11, 8.68], '61': [50.23, 8.62], '63': [49.98, 9.15], '64': [49.87, 8.65],
  '65': [50.08, 8.24], '66': [49.23, 7.0], '67': [49.48, 8.44], '68': [49.49, 8.47], '69': [49.4, 8.69],
  '70': [48.78, 9.18], '71': [48.89, 9.19], '72': [48.52, 9.06], '73': [48.7, 9.65], '74': [49.14, 9.22],
  '75': [48.89, 8.7], '76': [49.01, 8.4], '77': [48.47, 7.94], '78': [47.99, 8.5], '79': [47.99, 7.85],
  '80': [48.14, 11.58], '81': [48.12, 11.62], '82': [48.0, 11.34], '83': [47.86, 12.12], '84': [48.54, 12.15],
  '85': [48.76, 11.42], '86': [48.37, 10.9], '87': [47.73, 10.31], '88': [47.78, 9.61], '89': [48.4, 9.99],
  '90': [49.45, 11.08], '91': [49.6, 11.0], '92': [49.44, 11.86], '93': [49.01, 12.1], '94': [48.57, 13.43],
  '95': [49.94, 11.58], '96': [49.89, 10.89], '97': [49.79, 9.95], '98': [50.61, 10.69], '99': [50.98, 11.03],
};

/** Postal codes known more precisely than their region (the demo's centers and their neighbourhoods). */
const BY_CODE: Record<string, LatLon> = {
  '10115': [52.532, 13.384], '10117': [52.517, 13.388], '10178': [52.521, 13.41], '10243': [52.512, 13.44],
  '14467': [52.4, 13.06], '20457': [53.541, 9.99], '25813': [54.48, 9.05], '29614': [52.99, 9.84],
  '78462': [47.66, 9.17], '80331': [48.136, 11.575], '83471': [47.63, 13.0], '97070': [49.79, 9.93],
};

/** The rough position of a postal code, or null when it is unknown (not a German postal region). */
export function postalCodePosition(postalCode: string): LatLon | null {
  return BY_CODE[postalCode] ?? BY_REGION[postalCode.slice(0, 2)] ?? null;
}

/** Great-circle distance between two positions in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The distance between two postal codes, rounded to whole kilometres (null when either is unknown).
 * Two codes of one region without precise positions both sit at its centroid: 0 km says "nearby", not "here".
 */
export function postalDistanceKm(from: string, to: string): number | null {
  const a = postalCodePosition(from);
  const b = postalCodePosition(to);
  return a && b ? Math.round(distanceKm(a, b)) : null;
}

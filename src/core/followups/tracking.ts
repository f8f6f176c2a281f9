/** A link a creator can open to follow their parcel, from the Carrier and Tracking cells. */

const CARRIER_LINKS: readonly [RegExp, (n: string) => string][] = [
  [/usps|postal service/i, (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`],
  [/\bups\b/i, (n) => `https://www.ups.com/track?tracknum=${n}`],
  [/fedex/i, (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`],
  [/dhl/i, (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`],
  [/royal ?mail/i, (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`],
  [/evri|hermes/i, (n) => `https://www.evri.com/track/parcel/${n}`],
];

/** Any carrier's number works with a universal tracker. */
const UNIVERSAL = (n: string) => `https://t.17track.net/en#nums=${n}`;

/** '' without a tracking number; the Tracking cell itself when it already holds a link. */
export function trackingLink(carrier: string, tracking: string): string {
  if (tracking === '') return '';
  if (/^https?:\/\//i.test(tracking)) return tracking;
  const link = CARRIER_LINKS.find(([pattern]) => pattern.test(carrier))?.[1] ?? UNIVERSAL;
  return link(encodeURIComponent(tracking));
}

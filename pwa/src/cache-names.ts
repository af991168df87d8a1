/** Names shared by the page and the service worker. */
export const GRAPHQL_CACHE = 'ov-graphql-v1'
export const QR_CACHE = 'ov-qr-v1'
/** Header the service worker adds to a response it served from its cache. */
export const FROM_CACHE_HEADER = 'x-ov-from-cache'

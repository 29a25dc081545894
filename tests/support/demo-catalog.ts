/**
 * The demo shop's products and supplier that tests bill, buy and count, by name: the ids
 * app/host/demo/demo-shop.ts gives its rows (price, GST rate, HSN and unit as seeded).
 */

/** Aashirvaad Atta 5kg: ₹285 (MRP ₹305), 5%, HSN 1101, pcs */
export const ATTA = 'prod-demo-001';
/** Tata Salt 1kg: ₹28, 0%, HSN 2501, pcs */
export const SALT = 'prod-demo-004';
/** Sugar (loose): ₹46/kg, 5%, HSN 1701 */
export const SUGAR = 'prod-demo-005';
/** Toor Dal (loose): ₹160/kg, 0%, HSN 0713 */
export const TOOR = 'prod-demo-006';
/** Parle-G Biscuit 250g: ₹25, 5%, HSN 1905, pcs */
export const PARLE = 'prod-demo-014';
/** Amul Butter 100g: ₹62, 5%, HSN 0405, pcs */
export const BUTTER = 'prod-demo-016';
/** Coca-Cola 750ml: ₹40, 40%, HSN 2202, pcs */
export const COLA = 'prod-demo-030';
/** Malwa Agencies, the demo supplier */
export const MALWA = 'supp-demo-001';

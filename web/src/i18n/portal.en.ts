/** Texts of the portal pages (en). */
const texts = {};

export default texts;

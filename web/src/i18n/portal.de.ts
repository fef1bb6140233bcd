/** Texts of the portal pages (de). */
const texts = {};

export default texts;

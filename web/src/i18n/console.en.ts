/** Texts of the console pages (en). */
const texts = {};

export default texts;

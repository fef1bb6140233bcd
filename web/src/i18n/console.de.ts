/** Texts of the console pages (de). */
const texts = {};

export default texts;

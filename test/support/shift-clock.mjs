// Preloaded with `node --import` to run the CLI "on another day": every
// clock reading (Date.now, new Date()) is shifted by EXPERTPOOL_TEST_CLOCK_SHIFT_DAYS.
const RealDate = Date;
const shift = Number(process.env.EXPERTPOOL_TEST_CLOCK_SHIFT_DAYS ?? '0') * 86_400_000;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...args);
  }

  static now() {
    return RealDate.now() + shift;
  }
}

globalThis.Date = ShiftedDate;

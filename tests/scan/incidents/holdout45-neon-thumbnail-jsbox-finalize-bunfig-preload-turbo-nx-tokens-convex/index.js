"use strict";
const native = require("./index.node");

class Thumb {
  constructor(path) {
    this._h = native.open(path);
  }
  resize(width, height) {
    return native.resize(this._h, width, height);
  }
  toBuffer(format = "jpeg", quality = 82) {
    return native.encode(this._h, format, quality);
  }
}

module.exports = { Thumb, open: (p) => new Thumb(p) };

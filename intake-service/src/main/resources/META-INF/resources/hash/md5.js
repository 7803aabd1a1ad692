/*
 * MD5 of a byte array (RFC 1321), written here because browsers' Web Crypto offers SHA-256 but not MD5, and
 * platforms still match exact copies by MD5. Used on the victim's device only.
 */
(function (root) {
  'use strict';
  var S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
  var K = new Int32Array(64);
  for (var i = 0; i < 64; i++) {
    K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  }

  function md5(bytes) {
    var length = bytes.length;
    var padded = new Uint8Array(((length + 8) >> 6) * 64 + 64);
    padded.set(bytes);
    padded[length] = 0x80;
    var view = new DataView(padded.buffer);
    var bitsLow = (length * 8) >>> 0;
    var bitsHigh = Math.floor(length / 536870912) >>> 0;
    view.setUint32(padded.length - 8, bitsLow, true);
    view.setUint32(padded.length - 4, bitsHigh, true);
    var a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
    var m = new Int32Array(16);
    for (var offset = 0; offset < padded.length; offset += 64) {
      for (var w = 0; w < 16; w++) {
        m[w] = view.getInt32(offset + 4 * w, true);
      }
      var a = a0, b = b0, c = c0, d = d0;
      for (var j = 0; j < 64; j++) {
        var fn, g;
        if (j < 16) {
          fn = (b & c) | (~b & d);
          g = j;
        } else if (j < 32) {
          fn = (d & b) | (~d & c);
          g = (5 * j + 1) % 16;
        } else if (j < 48) {
          fn = b ^ c ^ d;
          g = (3 * j + 5) % 16;
        } else {
          fn = c ^ (b | ~d);
          g = (7 * j) % 16;
        }
        var sum = (a + fn + K[j] + m[g]) | 0;
        a = d;
        d = c;
        c = b;
        b = (b + ((sum << S[j]) | (sum >>> (32 - S[j])))) | 0;
      }
      a0 = (a0 + a) | 0;
      b0 = (b0 + b) | 0;
      c0 = (c0 + c) | 0;
      d0 = (d0 + d) | 0;
    }
    var out = new DataView(new ArrayBuffer(16));
    out.setInt32(0, a0, true);
    out.setInt32(4, b0, true);
    out.setInt32(8, c0, true);
    out.setInt32(12, d0, true);
    var hex = '';
    for (var k = 0; k < 16; k++) {
      hex += ('0' + out.getUint8(k).toString(16)).slice(-2);
    }
    return hex;
  }

  root.NciiMd5 = md5;
})(typeof self !== 'undefined' ? self : this);

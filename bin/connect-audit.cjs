#!/usr/bin/env node
// connect-audit, bundled by scripts/bundle.mjs from src/ and rules/ with esbuild. Do not edit:
// run `node scripts/bundle.mjs` after changing the sources (test/bundle.test.ts checks it).
const __connectAuditBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/launcher.ts
var import_node_fs2 = require("node:fs");
var Module = __toESM(require("node:module"), 1);
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");

// src/util/cache.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function cacheDirectory(env, platform = process.platform) {
  if (env.CONNECT_AUDIT_NO_CACHE) return void 0;
  const absolute = (path) => path && (0, import_node_path.isAbsolute)(path) ? path : void 0;
  if (env.CONNECT_AUDIT_CACHE_DIR) return absolute(env.CONNECT_AUDIT_CACHE_DIR);
  if (platform === "win32") return absolute(env.LOCALAPPDATA) && (0, import_node_path.join)(env.LOCALAPPDATA, "connect-audit", "Cache");
  const home = absolute(env.HOME);
  if (home === void 0) return void 0;
  if (platform === "darwin") return (0, import_node_path.join)(home, "Library", "Caches", "connect-audit");
  return (0, import_node_path.join)(absolute(env.XDG_CACHE_HOME) ?? (0, import_node_path.join)(home, ".cache"), "connect-audit");
}
var usable = /* @__PURE__ */ new Map();
function usableCacheDirectory(env = process.env, cwd = workingFolder()) {
  const directory2 = cacheDirectory(env);
  if (directory2 === void 0 || cwd === void 0) return void 0;
  const key = `${directory2}\0${cwd}`;
  if (!usable.has(key)) usable.set(key, checkedDirectory(directory2, cwd, env.HOME));
  return usable.get(key);
}
function workingFolder() {
  try {
    return process.cwd();
  } catch {
    return void 0;
  }
}
function checkedDirectory(directory2, cwd, home) {
  try {
    const working = import_node_fs.realpathSync.native(cwd);
    if (isInside(realPathOf(directory2), working) && !(home !== void 0 && (0, import_node_path.isAbsolute)(home) && realPathOf(home) === working)) return void 0;
    (0, import_node_fs.mkdirSync)(directory2, { recursive: true, mode: 448 });
    const stats = (0, import_node_fs.lstatSync)(directory2);
    return stats.isDirectory() && isPrivate(stats) ? directory2 : void 0;
  } catch {
    return void 0;
  }
}
function realPathOf(path) {
  let existing = path;
  const rest = [];
  for (; ; ) {
    try {
      return (0, import_node_path.join)(import_node_fs.realpathSync.native(existing), ...rest.reverse());
    } catch {
      const parent = (0, import_node_path.dirname)(existing);
      if (parent === existing) return path;
      rest.push((0, import_node_path.basename)(existing));
      existing = parent;
    }
  }
}
function isInside(path, folder) {
  const inside = (0, import_node_path.relative)(folder, path);
  return inside === "" || inside !== ".." && !inside.startsWith(`..${import_node_path.sep}`) && !(0, import_node_path.isAbsolute)(inside);
}
var MAX_ENTRY_BYTES = 32 * 1024 * 1024;
function readCacheEntry(directory2, name) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)((0, import_node_path.join)(directory2, name), import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0));
    const stats = (0, import_node_fs.fstatSync)(fd);
    if (!stats.isFile() || stats.size > MAX_ENTRY_BYTES || !isPrivate(stats)) return void 0;
    const buffer = Buffer.allocUnsafe(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = (0, import_node_fs.readSync)(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) return void 0;
      offset += read;
    }
    return buffer;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function writeCacheEntry(directory2, name, data) {
  const temporary = (0, import_node_path.join)(directory2, `.${name}.${process.pid}.tmp`);
  try {
    (0, import_node_fs.writeFileSync)(temporary, data, { flag: "wx", mode: 384 });
    (0, import_node_fs.renameSync)(temporary, (0, import_node_path.join)(directory2, name));
    pruneCache(directory2);
    return true;
  } catch {
    try {
      (0, import_node_fs.unlinkSync)(temporary);
    } catch {
    }
    return false;
  }
}
var MAX_ENTRY_AGE_MS = 30 * 24 * 60 * 60 * 1e3;
var pruned = /* @__PURE__ */ new Set();
function pruneCache(directory2) {
  if (pruned.has(directory2)) return;
  pruned.add(directory2);
  const before = Date.now() - MAX_ENTRY_AGE_MS;
  for (const name of (0, import_node_fs.readdirSync)(directory2)) {
    if (!/^\.?(?:policy|v8)-/.test(name)) continue;
    try {
      const path = (0, import_node_path.join)(directory2, name);
      const stats = (0, import_node_fs.lstatSync)(path);
      if (stats.isFile() && stats.mtimeMs < before && isPrivate(stats)) (0, import_node_fs.unlinkSync)(path);
    } catch {
    }
  }
}
function isPrivate(stats) {
  if (typeof process.getuid !== "function") return true;
  return stats.uid === process.getuid() && (stats.mode & 63) === 0;
}

// src/cli/format-report.ts
var REPORT_FORMATS = ["text", "json", "sarif", "markdown", "compact"];

// src/cli/run-kind.ts
function runKind(argv) {
  if (argv.find((arg) => !arg.startsWith("-")) !== "scan") return "other";
  let format = "text";
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const arg = argv[i];
    if (arg === "--format") format = argv[++i] ?? format;
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
  }
  if (format === "text") return "scan";
  return REPORT_FORMATS.includes(format) ? `scan-${format}` : "other";
}

// src/cli/launcher.ts
var BIN = (0, import_node_path2.dirname)(realPath((0, import_node_url.fileURLToPath)(__connectAuditBundleUrl)));
function realPath(path) {
  try {
    return import_node_fs2.realpathSync.native(path);
  } catch {
    return (0, import_node_fs2.realpathSync)(path);
  }
}
function loadCore(directory2) {
  const enableCompileCache2 = Module.enableCompileCache;
  if (directory2 === void 0 || typeof enableCompileCache2 === "function") {
    if (directory2 !== void 0) enableCompileCache2?.(directory2);
    return Module.createRequire((0, import_node_path2.join)(BIN, "connect-audit-core.cjs"))("./connect-audit-core.cjs");
  }
  guardAgainstDamagedCode(directory2);
  const parsers = /* @__PURE__ */ new Set();
  const codePaths = () => [...core2.codePathsUsed(), ...[...parsers].map((name) => `parser:${name}`)];
  const keepsNoCode = () => core2.v8FlagsChanged() || core2.isUnusualRun();
  const core2 = loadWithCodeCache(directory2, "connect-audit-core.cjs", keepsNoCode, codePaths, runKind(process.argv.slice(2)));
  core2.setBesideLoader((name) => {
    parsers.add(name);
    return loadWithCodeCache(directory2, name, () => core2.v8FlagsChanged());
  });
  return core2;
}
function guardAgainstDamagedCode(directory2) {
  const prefix = `v8-${"67815772386922b8"}`;
  const marks = `${prefix}.running-`;
  const mark = (0, import_node_path2.join)(directory2, `${marks}${process.pid}`);
  try {
    const names = (0, import_node_fs2.readdirSync)(directory2);
    const crashed = names.some((name) => name.startsWith(marks) && leftByCrash((0, import_node_path2.join)(directory2, name), Number(name.slice(marks.length))));
    if (crashed) {
      for (const name of names) {
        try {
          if (name.startsWith(prefix)) (0, import_node_fs2.unlinkSync)((0, import_node_path2.join)(directory2, name));
        } catch {
        }
      }
    }
    (0, import_node_fs2.closeSync)((0, import_node_fs2.openSync)(mark, "wx", 384));
    process.once("exit", () => {
      try {
        (0, import_node_fs2.unlinkSync)(mark);
      } catch {
      }
    });
  } catch {
  }
}
var MAX_RUN_MS = 60 * 60 * 1e3;
function leftByCrash(path, pid) {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return true;
  try {
    if (Date.now() - (0, import_node_fs2.statSync)(path).mtimeMs > MAX_RUN_MS) return true;
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code !== "EPERM";
  }
}
function loadWithCodeCache(directory2, name, keepsNoCode, codePaths, kind) {
  const file = (0, import_node_path2.join)(BIN, name);
  const entry = `v8-${"67815772386922b8"}-${name.replace(/\.cjs$/, "")}${kind === void 0 ? "" : `-${kind}`}-${process.version}-${process.arch}${nodeFlagsTag()}.bin`;
  const cached = decodeEntry(readCacheEntry(directory2, entry));
  const script = new import_node_vm.Script(Module.wrap((0, import_node_fs2.readFileSync)(file, "latin1")), { filename: file, ...cached ? { cachedData: cached.code } : {} });
  const module2 = { exports: {} };
  script.runInThisContext().call(module2.exports, module2.exports, Module.createRequire(file), module2, file, BIN);
  const covered = cached === void 0 || script.cachedDataRejected === true ? void 0 : cached.covers;
  process.once("exit", () => {
    if (keepsNoCode()) return;
    const used = codePaths?.() ?? [];
    if (covered !== void 0 && used.every((path) => covered.includes(path))) return;
    writeCacheEntry(directory2, entry, encodeEntry([.../* @__PURE__ */ new Set([...covered ?? [], ...used])].sort(), script.createCachedData()));
  });
  return module2.exports;
}
function nodeFlagsTag() {
  const flags = `${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`;
  if (flags === "\0") return "";
  let hash = 2166136261;
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 16777619) >>> 0;
  return `-flags-${hash.toString(16).padStart(8, "0")}`;
}
function encodeEntry(covers, code) {
  const list = Buffer.from(covers.join(","), "latin1");
  const header = Buffer.alloc(4);
  header.writeUInt32LE(list.length);
  return Buffer.concat([header, list, code]);
}
function decodeEntry(data) {
  if (data === void 0 || data.length < 4) return void 0;
  const length = data.readUInt32LE(0);
  if (4 + length > data.length) return void 0;
  const list = data.toString("latin1", 4, 4 + length);
  return { covers: list === "" ? [] : list.split(","), code: data.subarray(4 + length) };
}
var directory = usableCacheDirectory();
var core = loadCore(directory);
core.rememberUsableCacheDirectory(directory);
core.main();

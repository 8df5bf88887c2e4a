// `npm run build` starts here: runs a TypeScript entry (scripts/build.ts) from one JavaScript bundle of our own
// code instead of transpiling every module with tsx at each start (about 2.5 s of start-up on two cores;
// issue #21). Plain JavaScript because it runs before anything can transpile.
//
// The bundle can never be stale: it is kept in .build/bin/ with the hash of every source file it was made from
// (the exact bytes esbuild read, by path relative to the project), and is used only while every one of those
// files still hashes the same; otherwise it is made again (esbuild, about a second). A new import changes the
// file that imports it, so it is covered too. Packages stay in node_modules (not bundled), so an `npm ci`
// cannot leave a copy of an old dependency behind; the lock file is in the hash anyway.
//
// The bundle behaves like the sources under tsx: `import.meta.dirname`, `filename` and `url` of each module
// are its source file's, resolved against wherever the project is (a copied project works), process.argv[1] is
// the entry's path (so `import.meta.filename === process.argv[1]` still finds the command), error stacks point
// into the sources (source maps) and functions keep their names (esbuild's keepNames, as tsx). If the bundle
// cannot be made or stored (a read-only .build/, no esbuild), the entry runs under tsx as before.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, ".build", "bin");
const posix = (path) => path.split(sep).join("/");
/** The file name stem for an entry's manifest and bundles (scripts/build.ts → scripts_build_ts). */
const name = (entry) => entry.replace(/[^\w-]/g, "_");

/** The key of a bundle: this launcher, the lock file, and each source file's relative path and bytes. */
export function bundleKey(files) {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const lock = join(root, "package-lock.json");
  hash.update(existsSync(lock) ? readFileSync(lock) : "");
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`\0${path}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/** The stored bundle of `entry` (relative), if every file it was made from is unchanged. */
function storedBundle(entry) {
  const manifest = join(bin, `${name(entry)}.json`);
  if (!existsSync(manifest)) return undefined;
  try {
    const {key, inputs} = JSON.parse(readFileSync(manifest, "utf8"));
    const bundle = join(bin, `${name(entry)}-${key}.mjs`);
    if (!existsSync(bundle)) return undefined;
    const files = inputs.map((path) => [path, readFileSync(join(root, path))]);
    return bundleKey(files) === key ? bundle : undefined;
  } catch {
    return undefined; // a source removed, a manifest half written: made again
  }
}

/** Bundles `entry` (relative) with esbuild and stores it with its manifest; returns the bundle's path. */
async function makeBundle(entry) {
  const esbuild = await import("esbuild");
  const read = new Map();
  const here = (path) => posix(relative(root, path));
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    keepNames: true,
    sourcemap: "inline",
    outdir: bin, // not written (write: false): makes the source map's paths relative to where the bundle goes
    logLevel: "silent",
    // Where the bundle sits relative to the project, for the module paths below.
    banner: {
      js: `import {fileURLToPath as __kitPath, pathToFileURL as __kitUrl} from "node:url"; import {join as __kitJoin} from "node:path"; const __kitRoot = __kitPath(new URL("../..", import.meta.url));`
    },
    plugins: [
      {
        name: "kit-sources",
        setup(build) {
          build.onLoad({filter: /\.[cm]?[jt]sx?$/}, (args) => {
            if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
            const bytes = readFileSync(args.path);
            const path = here(args.path);
            read.set(path, bytes);
            const file = `__kitJoin(__kitRoot, ${JSON.stringify(path)})`;
            const dir = `__kitJoin(__kitRoot, ${JSON.stringify(posix(dirname(path)))})`;
            const contents = bytes
              .toString("utf8")
              .replace(/\bimport\.meta\.dirname\b/g, dir)
              .replace(/\bimport\.meta\.filename\b/g, file)
              .replace(/\bimport\.meta\.url\b/g, `__kitUrl(${file}).href`);
            return {contents, loader: /\.[cm]?tsx?$/.test(args.path) ? "ts" : "js", resolveDir: dirname(args.path)};
          });
        }
      }
    ]
  });
  const key = bundleKey(read);
  mkdirSync(bin, {recursive: true});
  const bundle = join(bin, `${name(entry)}-${key}.mjs`);
  // Written beside and renamed: a build started meanwhile never reads half a bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, bundle);
  const manifest = join(bin, `${name(entry)}.json`);
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({key, inputs: [...read.keys()].sort()}));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
  // Older bundles of this entry are of no further use.
  for (const f of readdirSync(bin)) if (f.startsWith(`${name(entry)}-`) && join(bin, f) !== bundle) rmSync(join(bin, f), {force: true});
  return bundle;
}

if (import.meta.filename === process.argv[1]) {
  const entry = posix(relative(root, resolve(process.argv[2] ?? "")));
  const source = join(root, entry);
  if (!process.argv[2] || !existsSync(source)) {
    process.stderr.write(`usage: node scripts/launch.mjs scripts/build.ts [arguments]\n`);
    process.exit(2);
  }
  // The entry sees the command line tsx would give it: node, its own path, its arguments.
  process.argv.splice(1, 2, source);
  let bundle = storedBundle(entry);
  if (!bundle)
    try {
      bundle = await makeBundle(entry);
    } catch {
      bundle = undefined;
    }
  let ran = false;
  if (bundle) {
    process.setSourceMapsEnabled(true);
    try {
      await import(pathToFileURL(bundle).href);
      ran = true;
    } catch (error) {
      // Removed by a build of newer sources between the check and the import: run the sources instead.
      if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes(bundle)) throw error;
    }
  }
  if (!ran) {
    const {register} = await import("tsx/esm/api");
    register();
    await import(pathToFileURL(source).href);
  }
}

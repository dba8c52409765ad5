#!/usr/bin/env python3
"""Runs every test_*.py in this folder against a freshly started server.

  Tests/Browser/run.py BINARY [--only NAME]

Each test function gets a new browser; axe-core checks every page it visits."""
import argparse, importlib, inspect, os, sys, time, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from harness import Browser, Server  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--only")
    args = ap.parse_args()
    # Tests that need a server of their own (they change much of the demo) start it from this.
    os.environ["FRITIDSPAS_BINARY"] = os.path.abspath(args.binary)
    modules = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("test_") and f.endswith(".py"))
    tests = []
    for name in modules:
        module = importlib.import_module(name)
        for fname, fn in inspect.getmembers(module, inspect.isfunction):
            if fname.startswith("test_") and (not args.only or args.only in f"{name}.{fname}"):
                tests.append((f"{name}.{fname}", fn, inspect.getsourcelines(fn)[1]))
    tests.sort(key=lambda t: (t[0].split(".")[0], t[2]))
    if not tests:
        sys.exit("no browser tests found")
    server = Server(args.binary, ROOT)
    failures, violations, pages = [], [], 0
    try:
        for name, fn, _ in tests:
            browser = Browser(server.base)
            browser.mail = server.mail
            browser.db = server.db
            # For a test that needs a server of its own (test_session_timeout: a short time-out).
            browser.binary, browser.root = args.binary, ROOT
            started = time.time()
            try:
                fn(browser)
                status = "ok"
            except Exception:
                failures.append((name, traceback.format_exc()))
                status = "FAILED"
                try:
                    browser.driver.save_screenshot(os.path.join("/tmp", f"browser-{name}.png"))
                except Exception:
                    pass
            finally:
                violations += [f"{name}: {v}" for v in browser.violations]
                pages += len(browser.checked)
                browser.quit()
            print(f"{status:6} {name} ({time.time() - started:.1f}s, {len(browser.checked)} pages checked with axe)")
    finally:
        server.stop()
    for name, trace in failures:
        print(f"\n--- {name}\n{trace}")
    if violations:
        print("\nWCAG 2.1 A/AA violations (axe-core):")
        for v in violations:
            print("  " + v)
    print(f"\n{len(tests) - len(failures)}/{len(tests)} browser tests passed; {pages} pages checked, {len(violations)} accessibility violations")
    sys.exit(1 if failures or violations else 0)


if __name__ == "__main__":
    main()

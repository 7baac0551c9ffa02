#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Walks the running window's accessibility tree as a screen reader would (pyatspi), and checks
# what a blind student relies on: every control has a name, every chart reads its values in
# words, each number is named by its quantity, and moving a slider through the AT-SPI Value
# interface changes what the distributions chart says. Prints each failure; exits 1 on any.
import sys
import time

import pyatspi

INTERACTIVE = {"slider", "spin button", "check box", "push button", "page tab", "combo box",
               "table cell"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def find_application(timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "entropy-explorer" in (app.name or ""):
                frame = app.getChildAtIndex(0) if app.childCount else None
                if frame is not None and frame.childCount:
                    return app
        time.sleep(0.3)
    return None


def walk(node, found, limit=20000):
    if node is None or len(found) >= limit:
        return found
    found.append(node)
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), found, limit)
    return found


def by_name(nodes, prefix):
    return [n for n in nodes if (n.name or "").startswith(prefix)]


def wait_for(predicate, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


app = find_application()
if app is None:
    print("FAIL: the window never appeared on the accessibility bus")
    sys.exit(1)
time.sleep(1.0)  # let the first layout and analysis settle
nodes = walk(app, [])
print(f"{len(nodes)} accessible objects")

unnamed = [f"{n.getRoleName()} in '{n.parent.name if n.parent else ''}' "
           f"({n.parent.getRoleName() if n.parent else ''})"
           for n in nodes if n.getRoleName() in INTERACTIVE and not (n.name or "").strip()]
check(not unnamed, f"{len(unnamed)} controls without a name: {unnamed[:10]}")

charts = {
    "Distributions P and Q": "A: P 0.6000, Q 0.2000.",
    "Information content per event": "A: −log p 0.7370, −log q 2.3219.",
    "KL divergence terms per event": "D(P‖Q) = 0.7188 bits",
    "Cross-entropy = entropy + KL divergence": "H(P,Q) = 2.0142 bits",
}
for name, expected in charts.items():
    matches = by_name(nodes, name)
    check(matches, f"no chart named '{name}'")
    if matches:
        description = matches[0].description or ""
        check(expected in description,
              f"the description of '{name}' does not contain '{expected}': '{description[:200]}'")

kl = [n.description for n in nodes if n.name == "KL divergence D(P‖Q)"]
check("0.7188 bits" in kl, f"the number D(P‖Q) does not read '0.7188 bits': {kl}")

sliders = [n for n in nodes if n.getRoleName() == "slider" and n.name == "P of event A"]
check(sliders, "no slider named 'P of event A'")
if sliders:
    value = sliders[0].queryValue()
    value.currentValue = 0.3 * value.maximumValue
    def chart_says_new_value():
        charts = by_name(walk(app, []), "Distributions P and Q")
        return bool(charts) and "A: P 0.3000" in (charts[0].description or "")
    changed = wait_for(chart_says_new_value)
    check(changed, "setting the slider through AT-SPI did not change the chart's description")

sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Times the Explorer's page requests (the operations of src/Graph.Explorer/src/graphql) against a running server.

    bench/scripts/explorer-pages.py URL PAPER_ID METHOD DATASET [RUNS]
    e.g. bench/scripts/explorer-pages.py http://127.0.0.1:5097/graphql arxiv:1901.0000088 "Curriculum Learning" M3Exam

Each page is one GraphQL request, as the Explorer sends it; prints a markdown table of the wall time of each run.
"""
import glob
import json
import os
import sys
import time
import urllib.request

repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
document = "\n".join(open(f).read() for f in sorted(glob.glob(os.path.join(repo, "src/Graph.Explorer/src/graphql/*.graphql"))))
url, paper_id, method, dataset = sys.argv[1:5]
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 3


def request(operation, variables):
    body = json.dumps({"query": document, "operationName": operation, "variables": variables}).encode()
    started = time.time()
    with urllib.request.urlopen(urllib.request.Request(url, body, {"content-type": "application/json"}), timeout=300) as response:
        answer = json.load(response)
    return time.time() - started, answer


_, paper = request("Paper", {"graphId": paper_id, "neighbours": 10})
node_id = paper["data"]["papers"]["nodes"][0]["id"]
pages = [
    ("home", "Home", {}),
    ("graph view, depth 2, 60 nodes", "Neighbourhood", {"id": node_id, "depth": 2, "first": 60}),
    ("paper page", "Paper", {"graphId": paper_id, "neighbours": 10}),
    ("search, 100 hits", "Search", {"text": "reinforcement learning", "first": 100}),
    (f"dataset page, {dataset}", "DatasetPage", {"name": dataset, "first": 20, "related": 12}),
    (f"method page, {method}", "MethodPage", {"name": method, "first": 20, "related": 12}),
]
print("| page | " + " | ".join(f"run {i + 1} s" for i in range(runs)) + " | errors |")
print("|---|" + "---:|" * runs + "---|")
for name, operation, variables in pages:
    results = [request(operation, variables) for _ in range(runs)]
    errors = next((r[1]["errors"] for r in results if r[1].get("errors")), None)
    print(f"| {name} | " + " | ".join(f"{t:.2f}" for t, _ in results) + f" | {json.dumps(errors)[:80] if errors else ''} |")

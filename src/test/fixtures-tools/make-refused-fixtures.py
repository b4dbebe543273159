"""Damaged copies of real fixtures for the refusal tests (see src/test/resources/fixtures/refused/README.md)."""
import gzip
import json
import re

F = "src/test/resources/fixtures/"
OUT = F + "refused/"

with gzip.open(F + "k6-ndjson/k6-out.json.gz", "rt") as f:
    lines = [next(f) for _ in range(400)]
first = next(i for i, l in enumerate(lines) if '"metric":"http_req_duration"' in l and '"type":"Point"' in l)
lines[first] = re.sub(r'"time":"[^"]*"', '"time":"yesterday"', lines[first], count=1)
lines[-1] = lines[-1][:60]
with open(OUT + "k6-cut.json", "w") as f:
    f.writelines(lines)



def replace_cell(source, line, column, value, target):
    """The CSV file with the cell at a 1-based line and 0-based column replaced (cells here hold no commas)."""
    with open(F + source) as f:
        rows = f.read().split("\n")
    cells = rows[line - 1].split(",")
    cells[column] = value
    rows[line - 1] = ",".join(cells)
    with open(OUT + target, "w") as f:
        f.write("\n".join(rows))


replace_cell("jmeter-jtl/results.jtl", 5, 1, "=1+1", "jmeter-bad-row.jtl")

with open(F + "vegeta/report.json") as f:
    vegeta = f.read()
with open(OUT + "vegeta-no-requests.json", "w") as f:
    f.write(re.sub(r'"requests":\d+', '"requests":0', vegeta, count=1))

replace_cell("locust/plain_stats.csv", 2, 2, "many", "plain-bad-count_stats.csv")

with open(F + "chaos/events.json") as f:
    text = f.read().split("\n")
assert '"event": "fault_cleared"' in text[82], text[82]
text[82] = text[82].replace("fault_cleared", "crash")
# drop the last event object (experiment_end): its lines "    {" … "    }" and the comma before them
end = next(i for i, l in enumerate(text) if '"event": "experiment_end"' in l)
assert text[end - 2] == "    {" and text[end + 4] == "    }" and text[end - 3] == "    },", text[end - 3:end + 5]
text = text[:end - 3] + ["    }"] + text[end + 5:]
json.loads("\n".join(text))
with open(OUT + "chaos-bad-event.json", "w") as f:
    f.write("\n".join(text))

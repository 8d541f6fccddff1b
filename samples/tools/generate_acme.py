#!/usr/bin/env python3
"""Writes samples/acme/: a small company's 2026-Q3 support data, per the data contract.

Seeded, so the same script gives the same files. The people are designed so that every tier,
gate and reward of rules/ is reached by someone and missed by someone, and the edge cases exist:
a mid-quarter hire, a leaver, a part-timer, an agent with too few surveys, people outside the
quarter, CSMs at 10 % and 20 % variable pay. Run from the repository root:
    python3 samples/tools/generate_acme.py
"""
import csv
import os
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(20260930)
OUT = os.path.join(os.path.dirname(__file__), "..", "acme")
Q_START = datetime(2026, 7, 1, tzinfo=timezone.utc)
Q_END = datetime(2026, 10, 1, tzinfo=timezone.utc)

FIRST = ["Ada", "Bruno", "Chiara", "Dev", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemi", "Luca",
         "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wen", "Ximena",
         "Yusuf", "Zoe", "Amir", "Bea", "Carlo", "Dana", "Emil", "Fatima", "Gus", "Hana", "Ivan", "Jade",
         "Kofi", "Lena", "Marco", "Nadia", "Omar", "Pia"]
LAST = ["Rossi", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Haddad", "Novak", "Silva", "Kowalski", "Byrne",
        "Mensah", "Ferrari", "Ivanova", "Dubois", "Schmidt", "Costa", "Nakamura", "Walsh", "Andersen", "Khan"]

# (csat_positive, csat_total, iqs_level) per support seat; "low" IQS sits under the 80 gate.
# The first rows are the designed cases; the rest are ordinary spreads.
DESIGNED = [
    (45, 50, "high"),   # csat 90 exactly -> Tier 3
    (44, 50, "high"),   # csat 88 -> Tier 2 (just under Tier 3)
    (34, 40, "high"),   # csat 85 exactly -> Tier 2
    (32, 40, "high"),   # csat 80 exactly -> Tier 1
    (31, 40, "high"),   # csat 77.5 -> no tier
    (47, 50, "low"),    # csat 94 but IQS under the gate -> no tier
    (5, 6, "high"),     # only 6 surveys -> csat missing, skipped
    (38, 40, "high"),   # csat 95 -> Tier 3
]

def ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

def rand_time(start, end):
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=rng.randrange(span))

def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

def main():
    os.makedirs(OUT, exist_ok=True)
    names = [f"{f} {l}" for f, l in zip(FIRST, LAST * 3)]
    employees, seats = [], []
    n = 0

    def person(role, team, currency, salary, **kw):
        nonlocal n
        n += 1
        eid = f"E{n:03d}"
        employees.append({"employee_id": eid, "name": names[n - 1], "role": role, "team": team,
                          "currency": currency, "annual_base_salary": salary, **kw})
        return eid

    teams = [("Phoenix", "USD"), ("Atlas", "USD"), ("Dublin", "EUR")]
    for t, (team, cur) in enumerate(teams):
        seats.append((person("team_lead", team, cur, rng.choice([72000, 75000, 78000])), team))
        for _ in range(2):
            seats.append((person("senior_agent", team, cur, rng.choice([56000, 58000, 62000])), team))
        for _ in range(8):
            seats.append((person("agent", team, cur, rng.choice([42000, 45000, 48000, 50000])), team))

    # Edge cases among the agents of Phoenix and Atlas.
    by_id = {e["employee_id"]: e for e in employees}
    by_id["E004"]["hire_date"] = "2026-08-15"          # mid-quarter hire
    by_id["E005"]["termination_date"] = "2026-08-31"   # leaver
    by_id["E006"]["fte"] = "0.5"                        # part-timer
    by_id["E016"]["hire_date"] = "2026-10-05"          # starts after the quarter: not in the run
    by_id["E017"]["termination_date"] = "2026-06-15"   # left before the quarter: not in the run
    by_id["E017"]["hire_date"] = "2024-03-01"

    csm_pcts = ["0.10", "0.20", "0.15", "0.12", "0.18", "0.15", "0.10"]
    csm_nrr = [112, 95, 131, 74, 101, 86, 104]          # % of Σ arr_start; target 100
    csms = [person("csm", "Success", "USD", rng.choice([88000, 95000, 104000]), variable_pay_pct=p) for p in csm_pcts]

    cols = ["employee_id", "name", "role", "team", "currency", "annual_base_salary", "variable_pay_pct", "hire_date", "termination_date", "fte"]
    write("employees.csv", cols, [[e.get(c, "") for c in cols] for e in employees])

    active = [(eid, team) for eid, team in seats if eid not in ("E016", "E017")]
    window = {}
    for eid, _ in active:
        e = by_id[eid]
        start = datetime.fromisoformat(e["hire_date"] + "T00:00:00+00:00") if e.get("hire_date") else Q_START
        end = datetime.fromisoformat(e["termination_date"] + "T00:00:00+00:00") + timedelta(days=1) if e.get("termination_date") else Q_END
        window[eid] = (max(start, Q_START), min(end, Q_END))

    tickets, surveys, reviews, feedback = [], [], [], []
    tid = sid = rid = 0
    for i, (eid, team) in enumerate(active):
        start, end = window[eid]
        if i < len(DESIGNED):
            pos, total, iqs = DESIGNED[i]
        else:
            total = rng.randrange(30, 60)
            pos = round(total * rng.uniform(0.74, 0.97))
            iqs = "high" if rng.random() < 0.85 else "low"
        for _ in range(rng.randrange(70, 130)):
            tid += 1
            created = rand_time(start, end - timedelta(days=1))
            priority = rng.choice(["low", "normal", "normal", "high"])
            sla_fr = {"low": 480, "normal": 240, "high": 60}[priority]
            fr = created + timedelta(minutes=rng.randrange(3, int(sla_fr * 1.4)))
            resolved = created + timedelta(minutes=rng.randrange(30, 4000)) if rng.random() < 0.93 else None
            tickets.append([f"T{tid:06d}", eid, ts(created), rng.choice(["email", "chat", "phone"]), priority, ts(fr),
                            ts(resolved) if resolved else "", rng.choice([1, 1, 1, 2, 3]), "true" if rng.random() < 0.05 else "false",
                            sla_fr, 2880])
        scores = [rng.choice([4, 5]) for _ in range(pos)] + [rng.choice([1, 2, 3]) for _ in range(total - pos)]
        rng.shuffle(scores)
        for s in scores:
            sid += 1
            surveys.append([f"S{sid:06d}", eid, "csat", s, ts(rand_time(start, end)), "", "", ""])
        for _ in range(rng.randrange(12, 20)):
            sid += 1
            surveys.append([f"S{sid:06d}", eid, "nps", rng.choice([10, 9, 9, 8, 7, 6, 10, 9, 3]), ts(rand_time(start, end)), "", "", ""])
        while True:
            rows = []
            for r in range(3):
                when = rand_time(start, end)
                crit = []
                for c, w in (("greeting", 1), ("accuracy", 3), ("empathy", 2), ("resolution", 2)):
                    score = rng.choice([4, 5, 5]) if iqs == "high" else rng.choice([3, 4])
                    crit.append((f"R{rid + r + 1:05d}", eid, ts(when), c, score, 1, 5, w))
                rows.extend(crit)
            ws = {}
            for row in rows:
                a = ws.setdefault(row[0], [0, 0])
                a[0] += (row[4] - 1) / 4 * 100 * row[7]
                a[1] += row[7]
            mean = sum(a[0] / a[1] for a in ws.values()) / len(ws)
            if iqs == "low" or mean >= 82:
                break
        rid += 3
        reviews.extend(rows)
        for _ in range(rng.randrange(3, 8)):
            received = rand_time(start, end)
            feedback.append([f"F{len(feedback) + 1:05d}", eid, ts(received), ts(received + timedelta(hours=rng.randrange(1, 48))) if rng.random() < 0.8 else ""])

    # A few events outside the quarter: counted as read, not used.
    tickets.append(["T900001", "E010", "2026-06-30T23:59:59Z", "email", "normal", "2026-07-01T00:20:00Z", "", 1, "false", 240, 2880])
    surveys.append(["S900001", "E010", "csat", 5, "2026-06-29T16:00:00Z", "", "", ""])
    surveys.append(["S900002", "E017", "csat", 4, "2026-06-10T10:00:00Z", "", "", ""])

    write("tickets.csv", ["ticket_id", "employee_id", "created_at", "channel", "priority", "first_response_at", "resolved_at",
                          "contacts_to_resolve", "is_complaint", "sla_first_response_minutes", "sla_resolution_minutes"], tickets)
    write("surveys.csv", ["survey_id", "employee_id", "kind", "score", "submitted_at", "ticket_id", "scale_min", "scale_max"], surveys)
    write("qa_reviews.csv", ["review_id", "employee_id", "reviewed_at", "criterion", "score", "scale_min", "scale_max", "weight"], reviews)
    write("feedback.csv", ["feedback_id", "employee_id", "received_at", "responded_at"], feedback)

    accounts, targets = [], []
    for k, (eid, nrr) in enumerate(zip(csms, csm_nrr)):
        books = []
        for a in range(rng.randrange(18, 28)):
            status = rng.choices(["retained", "churned", "new"], weights=[80, 8, 12])[0]
            arr_start = rng.randrange(20, 200) * 500 if status != "new" else 0
            books.append([eid, f"A{k + 1:02d}{a + 1:03d}", "2026-Q3", status, arr_start, 0, rng.randrange(0, 40) * 50])
        start_sum = sum(b[4] for b in books if b[3] != "new")
        retained_sum = sum(b[4] for b in books if b[3] == "retained")
        factor = (nrr / 100 * start_sum) / retained_sum
        for b in books:
            b[5] = round(b[4] * factor) if b[3] == "retained" else (rng.randrange(10, 60) * 500 if b[3] == "new" else 0)
        accounts.extend(books)
        targets.append([eid, "2026-Q3", "nrr", 100])
        targets.append([eid, "2026-Q3", "retention_rate", 90])
    for eid, _ in active:
        targets.append([eid, "2026-Q3", "csat", 85])
    write("accounts.csv", ["employee_id", "account_id", "period", "status", "arr_start", "arr_end", "retention_cost"], accounts)
    write("targets.csv", ["employee_id", "period", "kpi", "target"], targets)

    calls = []
    for team, _ in teams:
        members = [eid for eid, t in active if t == team]
        for c in range(rng.randrange(300, 500)):
            offered = rand_time(Q_START, Q_END)
            if rng.random() < 0.07:
                calls.append([f"C{len(calls) + 1:06d}", team, ts(offered), "", "", "true", "", "", ""])
            else:
                calls.append([f"C{len(calls) + 1:06d}", team, ts(offered), rng.choice(members),
                              ts(offered + timedelta(seconds=rng.randrange(5, 400))), "false",
                              rng.randrange(60, 900), rng.randrange(0, 120), rng.randrange(10, 180)])
    write("calls.csv", ["call_id", "team", "offered_at", "employee_id", "answered_at", "abandoned", "talk_seconds", "hold_seconds", "acw_seconds"], calls)

if __name__ == "__main__":
    main()

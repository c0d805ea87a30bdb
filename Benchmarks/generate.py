#!/usr/bin/env python3
"""Deterministic, seeded generator of benchmark data for kexie.

Writes, for each size, events-<size>.csv and events-<size>.jsonl (columns: id, name, county,
kind, year, participants, organizer, score; Chinese text; participants skewed — most small, a
few huge), and organizers.csv / organizers.jsonl (200 rows: id, name, type).
The same seed always gives the same bytes. No field is empty, so every engine reads the same
values (sqlite3's .import turns empty fields into '' rather than NULL).

    python3 Benchmarks/generate.py [--out DIR] [--sizes 10000,100000,1000000] [--seed 2021]
"""
import argparse
import json
import os
import random

COUNTIES = ["淅川", "南召", "镇平", "桐柏", "内乡", "社旗", "西峡", "方城", "新野", "唐河", "邓州", "卧龙", "宛城"]
COUNTY_WEIGHTS = [9, 7, 6, 5, 5, 4, 4, 4, 3, 3, 6, 8, 8]
KINDS = ["竞赛", "报告会", "演讲比赛", "讲座", "论坛", "学术交流", "培训", "会议", "宣传", "咨询服务", "科普活动", "巡展", "科学营", "大赛"]
PREFIXES = ["科普", "青少年", "全民", "科技", "创新", "农民", "智慧", "中医药", "乡村", "校园", "社区", "企业", "巾帼", "院士"]
TOPICS = ["知识竞赛", "报告会", "大讲堂", "进校园", "下乡", "摄影大赛", "志愿服务", "巡展", "夏令营", "论坛", "培训班", "开放日"]
TYPES = ["学会", "协会", "研究会", "高校", "企业", "政府部门", "医院", "学校"]


def organizers(rng):
    rows = []
    for i in range(200):
        rows.append({
            "id": f"org{i:03d}",
            "name": f"南阳市{rng.choice(PREFIXES)}{rng.choice(TYPES)}{i}",
            "type": rng.choice(TYPES),
        })
    return rows


def events(rng, count):
    for i in range(1, count + 1):
        skew = rng.random()
        if skew < 0.90:
            participants = rng.randint(0, 2000)
        elif skew < 0.99:
            participants = rng.randint(2000, 100000)
        else:
            participants = rng.randint(100000, 5000000)
        yield {
            "id": i,
            "name": f"{rng.choice(PREFIXES)}{rng.choice(TOPICS)}第{rng.randint(1, 300)}期",
            "county": rng.choices(COUNTIES, COUNTY_WEIGHTS)[0],
            "kind": rng.choice(KINDS),
            "year": rng.randint(2015, 2024),
            "participants": participants,
            "organizer": f"org{rng.randint(0, 199):03d}",
            "score": round(rng.uniform(0, 100), 2),
        }


def csv_field(value):
    text = str(value)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write(rows, columns, path_csv, path_jsonl):
    with open(path_csv, "w", encoding="utf-8", newline="") as csv_out, open(path_jsonl, "w", encoding="utf-8") as jsonl_out:
        csv_out.write(",".join(columns) + "\n")
        for row in rows:
            csv_out.write(",".join(csv_field(row[c]) for c in columns) + "\n")
            jsonl_out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    write(organizers(rng), ["id", "name", "type"], os.path.join(args.out, "organizers.csv"), os.path.join(args.out, "organizers.jsonl"))
    for size in [int(s) for s in args.sizes.split(",")]:
        rng = random.Random(args.seed * 1000003 + size)
        columns = ["id", "name", "county", "kind", "year", "participants", "organizer", "score"]
        write(events(rng, size), columns, os.path.join(args.out, f"events-{size}.csv"), os.path.join(args.out, f"events-{size}.jsonl"))
        print(f"wrote events-{size}.csv and .jsonl")


if __name__ == "__main__":
    main()

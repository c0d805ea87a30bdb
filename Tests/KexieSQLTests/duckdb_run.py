"""Runs kexie's DuckDB SQL for the tests: loads a `.dump --dialect duckdb` script into an
in-memory DuckDB, then runs each query of a JSON list and prints one line of JSON per query:
its rows as lists of values, or {"error": message}."""
import decimal
import json
import sys

import duckdb


def plain(value):
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def main(script_path, queries_path):
    connection = duckdb.connect()
    with open(script_path, encoding="utf-8") as script:
        connection.execute(script.read())
    with open(queries_path, encoding="utf-8") as queries:
        for query in json.load(queries):
            try:
                rows = connection.execute(query).fetchall()
                print(json.dumps([[plain(value) for value in row] for row in rows], ensure_ascii=False))
            except Exception as error:  # each query's failure is its answer
                print(json.dumps({"error": str(error)}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

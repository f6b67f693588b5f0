"""A thin query layer over the landau-sweep Parquet tables: DuckDB SQL in, pandas DataFrame out.

    import lsquery as lsq
    lsq.sql("SELECT d, count(*) AS runs FROM runs GROUP BY d")

The views `runs`, `timeseries` and `summary` read OUTPUT/<table>/sweep=<name>/d=<d>/*.parquet with the
partition columns `sweep` and `d` (a table that is missing has no view). OUTPUT is the environment
variable LANDAU_OUTPUT, else `output` in the repository. DuckDB comes from the `duckdb` Python package
when it is installed, otherwise from DuckDB's JDBC driver through JPype (Debian 12 without PyPI: run
notebooks/setup.sh); LANDAU_DUCKDB_JAR overrides the driver's path.
"""
import os
import pathlib

import pandas as pd

REPO = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = pathlib.Path(os.environ.get("LANDAU_OUTPUT", REPO / "output")).resolve()
TABLES = ("runs", "timeseries", "summary")
DUCKDB_JAR = pathlib.Path(os.environ.get("LANDAU_DUCKDB_JAR", REPO / ".tools" / "duckdb_jdbc-2.0.0.1.jar"))

_connection = None


def _views():
    for name in TABLES:
        if any((OUTPUT / name).glob("sweep=*/d=*/*.parquet")):
            yield (f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{OUTPUT / name}/sweep=*/d=*/*.parquet', "
                   "hive_partitioning = true, union_by_name = true)")


class _Python:
    """The duckdb Python package."""

    def __init__(self, duckdb):
        self.con = duckdb.connect()

    def execute(self, query):
        self.con.execute(query)

    def query(self, query):
        return self.con.execute(query).df()


class _Jdbc:
    """DuckDB's JDBC driver in a JVM started by JPype; values come back through the typed getters."""

    NUMBERS = {"DOUBLE", "FLOAT", "REAL", "DECIMAL"}
    INTEGERS = {"BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER"}

    def __init__(self):
        import jpype
        if not DUCKDB_JAR.is_file():
            raise RuntimeError(f"no duckdb Python package and no DuckDB JDBC driver at {DUCKDB_JAR}: run notebooks/setup.sh")
        if not jpype.isJVMStarted():
            # Debian's JPype needs its own support jar on the class path.
            jpype.startJVM(classpath=[str(DUCKDB_JAR), "/usr/share/java/org.jpype.jar"], convertStrings=True)
        driver = jpype.JClass("java.sql.DriverManager")
        self.con = driver.getConnection("jdbc:duckdb:")

    def execute(self, query):
        statement = self.con.createStatement()
        try:
            statement.execute(query)
        finally:
            statement.close()

    def query(self, query):
        statement = self.con.createStatement()
        try:
            rs = statement.executeQuery(query)
            meta = rs.getMetaData()
            columns = [str(meta.getColumnLabel(i)) for i in range(1, meta.getColumnCount() + 1)]
            getters = [self._getter(str(meta.getColumnTypeName(i)).upper()) for i in range(1, len(columns) + 1)]
            rows = []
            while rs.next():
                rows.append([self._value(rs, i, get) for i, get in enumerate(getters, start=1)])
            return pd.DataFrame(rows, columns=columns)
        finally:
            statement.close()

    @staticmethod
    def _value(rs, i, get):
        value = get(rs, i)
        return None if rs.wasNull() else value

    def _getter(self, type_name):
        if type_name in self.NUMBERS:
            return lambda rs, i: float(rs.getDouble(i))
        if type_name in self.INTEGERS:
            return lambda rs, i: int(rs.getLong(i))
        if type_name == "BOOLEAN":
            return lambda rs, i: bool(rs.getBoolean(i))
        return lambda rs, i: str(rs.getString(i))


def connection():
    """The process's DuckDB connection, with the table views."""
    global _connection
    if _connection is None:
        try:
            import duckdb
            _connection = _Python(duckdb)
        except ImportError:
            _connection = _Jdbc()
        for view in _views():
            _connection.execute(view)
    return _connection


def tables():
    """The names of the table views that exist in OUTPUT."""
    names = sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").view_name
    return [name for name in TABLES if name in set(names)]


def sql(query):
    """Runs a DuckDB query over the views and returns a pandas DataFrame."""
    return connection().query(query)


def backend():
    """'duckdb' or 'jdbc': which DuckDB answers."""
    return "duckdb" if isinstance(connection(), _Python) else "jdbc"

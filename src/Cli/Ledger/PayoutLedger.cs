using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Payout.Cli.Ledger;

/// <summary>
/// The append-only record of what was paid: a single SQLite file. Each close books lines; a booked
/// line is never changed or deleted (triggers refuse it), so a correction is a new adjustment line.
/// The schema is migrated on open and its version kept in the file. Amounts are stored as invariant
/// decimal text, so nothing is lost to floating point.
/// </summary>
internal sealed class PayoutLedger : IDisposable
{
    /// <summary>The schema version this build writes.</summary>
    public const int SchemaVersion = 2;

    private static readonly string[] Migrations =
    [
        // 1: closes, the files each was computed from, booked lines; nothing booked can change.
        """
        CREATE TABLE closes (id INTEGER PRIMARY KEY, period TEXT NOT NULL, sequence INTEGER NOT NULL, closed_by TEXT NOT NULL,
            closed_at TEXT NOT NULL, tool_version TEXT NOT NULL, UNIQUE (period, sequence));
        CREATE TABLE close_files (close_id INTEGER NOT NULL REFERENCES closes (id), kind TEXT NOT NULL CHECK (kind IN ('input', 'rule')),
            name TEXT NOT NULL, sha256 TEXT NOT NULL);
        CREATE TABLE lines (id INTEGER PRIMARY KEY, close_id INTEGER NOT NULL REFERENCES closes (id), period TEXT NOT NULL,
            employee_id TEXT NOT NULL, component TEXT NOT NULL, reward_type TEXT NOT NULL, currency TEXT NOT NULL,
            amount TEXT NOT NULL, cost TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('original', 'adjustment')), reason TEXT NOT NULL);
        CREATE INDEX lines_period ON lines (period, employee_id);
        CREATE TRIGGER closes_never_change BEFORE UPDATE ON closes BEGIN SELECT RAISE(ABORT, 'a close is never changed'); END;
        CREATE TRIGGER closes_never_removed BEFORE DELETE ON closes BEGIN SELECT RAISE(ABORT, 'a close is never removed'); END;
        CREATE TRIGGER close_files_never_change BEFORE UPDATE ON close_files BEGIN SELECT RAISE(ABORT, 'a close is never changed'); END;
        CREATE TRIGGER close_files_never_removed BEFORE DELETE ON close_files BEGIN SELECT RAISE(ABORT, 'a close is never removed'); END;
        CREATE TRIGGER lines_never_change BEFORE UPDATE ON lines BEGIN SELECT RAISE(ABORT, 'a booked line is never changed: book an adjustment'); END;
        CREATE TRIGGER lines_never_removed BEFORE DELETE ON lines BEGIN SELECT RAISE(ABORT, 'a booked line is never removed: book an adjustment'); END;
        """,
        // 2: quantities (days off, trips), the paying rule, and the line a clawback recovers from.
        """
        ALTER TABLE lines ADD COLUMN quantity TEXT;
        ALTER TABLE lines ADD COLUMN rule TEXT;
        ALTER TABLE lines ADD COLUMN recovers INTEGER REFERENCES lines (id);
        """,
    ];

    private readonly SqliteConnection _connection;

    private PayoutLedger(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (or creates) the ledger at <paramref name="path"/> and migrates it to <see cref="SchemaVersion"/>.</summary>
    /// <exception cref="UsageException">The file is not a ledger, or was written by a newer Payout.</exception>
    public static PayoutLedger Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version > SchemaVersion)
            {
                throw new UsageException($"{path}: the ledger's schema is version {version}, newer than this Payout's {SchemaVersion}: use a newer Payout");
            }

            for (var v = version; v < SchemaVersion; v++)
            {
                using var migrate = connection.BeginTransaction();
                Execute(connection, Migrations[v]);
                Execute(connection, $"PRAGMA user_version = {v + 1}");
                migrate.Commit();
            }

            return new PayoutLedger(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new UsageException($"{path}: not a Payout ledger ({ex.Message})");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open file.</summary>
    public int Version => Convert.ToInt32(Scalar(_connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>Every close of <paramref name="period"/>, in order.</summary>
    public IReadOnlyList<LedgerClose> Closes(string period)
    {
        var closes = new List<LedgerClose>();
        using (var command = Command("SELECT id, sequence, closed_by, tool_version FROM closes WHERE period = $period ORDER BY sequence", ("$period", period)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                closes.Add(new LedgerClose(reader.GetInt64(0), period, reader.GetInt32(1), reader.GetString(2), reader.GetString(3), []));
            }
        }

        return [.. closes.Select(c => c with { Files = FilesOf(c.Id) })];
    }

    /// <summary>Every period with at least one close, in name order.</summary>
    public IReadOnlyList<string> Periods()
    {
        var periods = new List<string>();
        using var command = Command("SELECT DISTINCT period FROM closes ORDER BY period");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            periods.Add(reader.GetString(0));
        }

        return periods;
    }

    /// <summary>Every line booked for <paramref name="period"/>, originals and adjustments, in booking order.</summary>
    public IReadOnlyList<LedgerLine> Lines(string period)
    {
        var lines = new List<LedgerLine>();
        using var command = Command("SELECT employee_id, component, reward_type, currency, amount, cost, kind, reason, id, quantity, rule, recovers FROM lines WHERE period = $period ORDER BY id", ("$period", period));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(new LedgerLine(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Number(reader.GetString(4)), Number(reader.GetString(5)), reader.GetString(6), reader.GetString(7))
            {
                Id = reader.GetInt64(8),
                Quantity = reader.IsDBNull(9) ? null : Number(reader.GetString(9)),
                Rule = reader.IsDBNull(10) ? null : reader.GetString(10),
                Recovers = reader.IsDBNull(11) ? null : reader.GetInt64(11),
            });
        }

        return lines;

        static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>Books a close of <paramref name="period"/> and its lines in one transaction; returns the close's sequence.</summary>
    public int Book(string period, string closedBy, string toolVersion, IEnumerable<(string Kind, string Name, string Sha256)> files, IEnumerable<LedgerLine> lines)
    {
        using var transaction = _connection.BeginTransaction();
        int sequence;
        using (var next = Command("SELECT COALESCE(MAX(sequence), 0) + 1 FROM closes WHERE period = $p", ("$p", period)))
        {
            sequence = Convert.ToInt32(next.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        long id;
        using (var close = Command("INSERT INTO closes (period, sequence, closed_by, closed_at, tool_version) VALUES ($p, $s, $by, $at, $v) RETURNING id",
                   ("$p", period), ("$s", sequence), ("$by", closedBy), ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("$v", toolVersion)))
        {
            id = (long)close.ExecuteScalar()!;
        }

        foreach (var (kind, name, sha) in files)
        {
            using var file = Command("INSERT INTO close_files (close_id, kind, name, sha256) VALUES ($c, $k, $n, $s)", ("$c", id), ("$k", kind), ("$n", name), ("$s", sha));
            file.ExecuteNonQuery();
        }

        foreach (var line in lines)
        {
            using var insert = Command("INSERT INTO lines (close_id, period, employee_id, component, reward_type, currency, amount, cost, kind, reason, quantity, rule, recovers) VALUES ($c, $p, $e, $comp, $r, $cur, $a, $cost, $k, $why, $q, $rule, $rec)",
                ("$c", id), ("$p", period), ("$e", line.EmployeeId), ("$comp", line.Component), ("$r", line.RewardType), ("$cur", line.Currency),
                ("$a", line.Amount.ToString(CultureInfo.InvariantCulture)), ("$cost", line.Cost.ToString(CultureInfo.InvariantCulture)), ("$k", line.Kind), ("$why", line.Reason),
                ("$q", (object?)line.Quantity?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value), ("$rule", (object?)line.Rule ?? DBNull.Value), ("$rec", (object?)line.Recovers ?? DBNull.Value));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return sequence;
    }

    /// <summary>Runs SQL against the ledger as it is (tests use it to show the ledger refuses changes).</summary>
    public int ExecuteRaw(string sql) => Execute(_connection, sql);

    public void Dispose() => _connection.Dispose();

    private IReadOnlyList<(string Kind, string Name, string Sha256)> FilesOf(long close)
    {
        var files = new List<(string, string, string)>();
        using var command = Command("SELECT kind, name, sha256 FROM close_files WHERE close_id = $c ORDER BY kind, name", ("$c", close));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            files.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return files;
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }
}

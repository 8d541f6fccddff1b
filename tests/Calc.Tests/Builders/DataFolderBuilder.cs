using System.Text;

namespace Payout.Calc.Tests.Builders;

/// <summary>Writes a throwaway data folder: employees plus whatever event files a test adds.</summary>
internal sealed class DataFolderBuilder : IDisposable
{
    private readonly Dictionary<string, StringBuilder> _files = new(StringComparer.Ordinal);

    public DataFolderBuilder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "payout-calc-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File("employees.csv", "employee_id,name,role,team,currency,annual_base_salary,variable_pay_pct,hire_date,termination_date,fte");
    }

    public string Directory { get; }

    public DataFolderBuilder Employee(string id, string role = "agent", string pct = "", string hire = "", string leave = "", string fte = "", string salary = "48000") =>
        Line("employees.csv", $"{id},Name {id},{role},Team A,USD,{salary},{pct},{hire},{leave},{fte}");

    public DataFolderBuilder Surveys(string employee, string kind, params int[] scores)
    {
        File("surveys.csv", "survey_id,employee_id,kind,score,submitted_at");
        foreach (var score in scores)
        {
            var id = _files["surveys.csv"].ToString().Count(c => c == '\n');
            Line("surveys.csv", $"S{id},{employee},{kind},{score},2026-08-01T10:00:00Z");
        }

        return this;
    }

    public DataFolderBuilder File(string name, string header)
    {
        if (!_files.ContainsKey(name))
        {
            _files[name] = new StringBuilder(header + "\n");
        }

        return this;
    }

    public DataFolderBuilder Line(string name, string line)
    {
        _files[name].Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes the files and returns the folder.</summary>
    public string Build()
    {
        foreach (var (name, content) in _files)
        {
            System.IO.File.WriteAllText(Path.Combine(Directory, name), content.ToString());
        }

        return Directory;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

using System.Text.Json;

namespace Payout.Rules.Plan;

/// <summary>
/// A plan parameter: a bare number, or <c>{ "Value": 0.15, "Min": 0.10, "Max": 0.20, "Description": "..." }</c>
/// when its documented range should be enforced.
/// </summary>
public sealed record PlanParameter(decimal Value, decimal? Min, decimal? Max, string? Description)
{
    private static readonly string[] Keys = ["Value", "Min", "Max", "Description"];

    /// <summary>Reads a parameter; returns an error message instead when it is malformed or out of range.</summary>
    internal static PlanParameter? Read(string name, JsonElement json, out string? error)
    {
        error = null;
        if (json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var bare))
        {
            return new PlanParameter(bare, null, null, null);
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            error = $"Parameters.{name} must be a number or an object with Value (and optional Min, Max, Description)";
            return null;
        }

        foreach (var property in json.EnumerateObject().Where(p => !Keys.Contains(p.Name)))
        {
            error = $"Parameters.{name} has unknown key '{property.Name}'; expected Value, Min, Max, Description";
            return null;
        }

        decimal? Number(string key) =>
            json.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : null;
        var value = Number("Value");
        if (value is null)
        {
            error = $"Parameters.{name}.Value must be a number";
            return null;
        }

        var (min, max) = (Number("Min"), Number("Max"));
        var description = json.TryGetProperty("Description", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        if (value < min || value > max)
        {
            error = $"Parameters.{name} = {value} is outside its documented range {min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-∞"}–{max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}"
                + (description is null ? string.Empty : $" ({description})");
            return null;
        }

        return new PlanParameter(value.Value, min, max, description);
    }
}

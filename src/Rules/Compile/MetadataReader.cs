using Payout.Common;
using System.Globalization;
using System.Text.Json;
using Payout.Rules.Files;

namespace Payout.Rules.Compile;

/// <summary>Reads and checks <see cref="RuleMetadata"/> from a rule's <c>Properties</c>.</summary>
internal static class MetadataReader
{
    private static readonly string[] Keys = ["component", "rewardType", "exclusiveGroup", "priority", "description", "prorate", "unitCost", "effectiveFrom", "effectiveTo"];

    /// <summary>Reads the metadata; problems go to <paramref name="fail"/> and a null is returned.</summary>
    public static RuleMetadata? Read(Dictionary<string, JsonElement>? properties, Action<string> fail)
    {
        if (properties is null)
        {
            fail("Properties is required with at least \"component\" and \"rewardType\"");
            return null;
        }

        var ok = true;
        foreach (var key in properties.Keys.Where(k => !Keys.Contains(k)))
        {
            fail($"unknown Properties key '{key}'{Spelling.DidYouMean(key, Keys)}");
            ok = false;
        }

        var component = Text(properties, "component");
        if (string.IsNullOrWhiteSpace(component))
        {
            fail("Properties.component is required");
            ok = false;
        }

        var rewardText = Text(properties, "rewardType") ?? "cash";
        var reward = RewardTypes.Parse(rewardText) ?? RewardType.Cash;
        if (RewardTypes.Parse(rewardText) is null)
        {
            fail($"Properties.rewardType '{rewardText}' is not one of {string.Join(", ", RewardTypes.Names)}");
            ok = false;
        }

        var priority = 0;
        if (properties.TryGetValue("priority", out var p) && !(p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out priority)))
        {
            fail("Properties.priority must be a whole number");
            ok = false;
        }

        var prorate = true;
        if (properties.TryGetValue("prorate", out var pr))
        {
            if (pr.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                prorate = pr.GetBoolean();
            }
            else
            {
                fail("Properties.prorate must be true or false");
                ok = false;
            }
        }

        decimal? unitCost = null;
        if (properties.TryGetValue("unitCost", out var c))
        {
            if (c.ValueKind == JsonValueKind.Number && c.TryGetDecimal(out var cost) && cost >= 0)
            {
                unitCost = cost;
            }
            else
            {
                fail("Properties.unitCost must be a non-negative number");
                ok = false;
            }
        }

        if (ok && reward is not (RewardType.Cash or RewardType.PtoDays) && unitCost is null)
        {
            // A day off costs the person's own daily rate; every other non-cash reward needs its price.
            fail($"Properties.unitCost is required for a {rewardText} reward so finance sees its cost");
            ok = false;
        }

        var from = Date(properties, "effectiveFrom", fail, ref ok);
        var to = Date(properties, "effectiveTo", fail, ref ok);
        return ok
            ? new RuleMetadata(component!, reward, Text(properties, "exclusiveGroup"), priority, Text(properties, "description") ?? string.Empty, prorate, unitCost, from, to)
            : null;
    }

    private static string? Text(Dictionary<string, JsonElement> properties, string key) =>
        properties.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(Dictionary<string, JsonElement> properties, string key, Action<string> fail, ref bool ok)
    {
        if (!properties.TryGetValue(key, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        fail($"Properties.{key} must be a date in yyyy-MM-dd form");
        ok = false;
        return null;
    }
}

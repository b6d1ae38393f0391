using System.Globalization;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>
/// Writes an audit entry as a sentence a person reads ("Investment: revision added · 17 Nov 2025 ·
/// €1.5B · Le Dauphiné — reason"), with names where the log stores ids, field labels where it
/// stores field names, and dates and amounts in the reader's language. The page and the CSV
/// export use this one wording.
/// </summary>
public sealed class AuditText(IStringLocalizer<AdminResource> text, DisplayFormatter format)
{
    // Fields that repeat what the sentence already says, or that only the database needs.
    private static readonly HashSet<string> Quiet = ["Corrects"];

    private static readonly HashSet<string> AmountFields = ["Value", "Low", "High", "TargetCapacityMw"];

    /// <summary>The whole sentence: the record's name, what happened, what changed, and why.</summary>
    public string Sentence(AuditEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sentence = $"{entry.Subject}: {What(entry)}";
        if (Claim(entry) is { Length: > 0 } claim)
        {
            sentence += " " + claim;
        }

        var details = Details(entry);
        if (details.Count > 0)
        {
            sentence += " (" + string.Join("; ", details) + ")";
        }

        return string.IsNullOrWhiteSpace(entry.Reason) ? sentence : $"{sentence} — {entry.Reason}";
    }

    /// <summary>What happened, in words: "revision added", "target claimed", "edited".</summary>
    public string What(AuditEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var specific = text[$"AuditAction_{entry.EntityType}_{entry.Action}"];
        if (!specific.ResourceNotFound)
        {
            return specific.Value;
        }

        var general = text[$"AuditAction_{entry.Action}"];
        return general.ResourceNotFound ? Words(entry.Action) : general.Value;
    }

    /// <summary>The record type as the filter lists it.</summary>
    public string RecordType(string entityType)
    {
        var name = text[$"RecordType_{entityType}"];
        return name.ResourceNotFound ? Words(entityType) : name.Value;
    }

    /// <summary>The claim an entry adds or corrects, named by its day, value and source: "17 Nov 2025 · €1.5B · Le Dauphiné".</summary>
    private string? Claim(AuditEntryView entry)
    {
        var fields = entry.Details.ToDictionary(c => c.Field, c => c.New, StringComparer.Ordinal);
        var day = fields.GetValueOrDefault("AnnouncedOn") ?? fields.GetValueOrDefault("ReportedOn");
        if (day is null)
        {
            return null;
        }

        var value = fields.GetValueOrDefault("Value") is { } single ? Value("Value", single, entry.Unit)
            : fields.GetValueOrDefault("Low") is { } low && fields.GetValueOrDefault("High") is { } high ? text["AuditRange", Value("Low", low, entry.Unit), Value("High", high, entry.Unit)].Value
            : fields.GetValueOrDefault("Target") is { } target ? Value("Target", target, null)
            : fields.GetValueOrDefault("Reached") is { } reached ? Value("Reached", reached, null)
            : null;
        var source = fields.GetValueOrDefault("Sources")?.Split(", ")[0];
        var parts = new[] { Value("ReportedOn", day, null), value, source }.Where(p => !string.IsNullOrWhiteSpace(p));
        var claim = string.Join(" · ", parts);
        return fields.GetValueOrDefault("Corrects") is { Length: > 0 } corrected ? text["AuditCorrecting", claim, Value("Corrects", corrected, entry.Unit)] : claim;
    }

    /// <summary>Each change as "Label: old → new", or "Label: value" for a new record; what the claim name already says is left out.</summary>
    private List<string> Details(AuditEntryView entry)
    {
        var claimFields = entry.Details.Any(c => c.Field is "AnnouncedOn" or "ReportedOn")
            ? new HashSet<string>(["AnnouncedOn", "ReportedOn", "Value", "Low", "High", "Target", "Reached", "Sources"])
            : [];
        var lines = new List<string>();
        foreach (var change in entry.Details)
        {
            if (Quiet.Contains(change.Field) || claimFields.Contains(change.Field) || (change.Old is null && string.IsNullOrEmpty(change.New)))
            {
                continue;
            }

            var label = Label(change.Field);
            lines.Add(change.Old is null
                ? text["AuditSet", label, Value(change.Field, change.New, entry.Unit)]
                : text["AuditChanged", label, Value(change.Field, change.Old, entry.Unit), Value(change.Field, change.New, entry.Unit)]);
        }

        return lines;
    }

    /// <summary>The field's label on the admin forms ("Reported on" for AnnouncedOn), else its name in words.</summary>
    public string Label(string field)
    {
        var key = field switch
        {
            "AnnouncedOn" => "Field_ReportedOn",
            "Phase" => "Field_PhaseId",
            _ => $"Field_{field}",
        };
        var label = text[key];
        return label.ResourceNotFound ? Words(field) : label.Value;
    }

    /// <summary>A stored value in the reader's terms: dates at their precision, amounts in the figure's unit, statuses and levels by name.</summary>
    public string Value(string field, string? value, string? unit)
    {
        if (string.IsNullOrEmpty(value))
        {
            return text["AuditNone"];
        }

        if (value.Contains(" · ", StringComparison.Ordinal))
        {
            return string.Join(" · ", value.Split(" · ").Select(part => Value(field == "Corrects" ? "ClaimPart" : field, part, unit)));
        }

        if (value.Contains('–', StringComparison.Ordinal) && value.Split('–') is [var low, var high] && unit is not null
            && decimal.TryParse(low, NumberStyles.Float, CultureInfo.InvariantCulture, out var l) && decimal.TryParse(high, NumberStyles.Float, CultureInfo.InvariantCulture, out var h))
        {
            return text["AuditRange", format.Amount(l, unit), format.Amount(h, unit)];
        }

        if ((AmountFields.Contains(field) || field == "ClaimPart") && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            return field == "TargetCapacityMw" ? format.Amount(amount, "MW") : unit is null ? DisplayFormatter.Number(amount) : format.Amount(amount, unit);
        }

        if (value.Length >= 4 && char.IsDigit(value[0]) && PartialDate.TryParse(value, out var date))
        {
            return format.Date(date);
        }

        if (field is "Status" && Enum.TryParse<ClaimStatus>(value, out var status))
        {
            return format.Status(status);
        }

        if (field is "Visibility" or "DefaultVisibility" or "TargetVisibility" or "ReachedVisibility" && Enum.TryParse<Visibility>(value, out var level))
        {
            return text[$"Visibility_{level}"];
        }

        return value switch
        {
            "True" => text["AuditYes"],
            "False" => text["AuditNo"],
            _ => value,
        };
    }

    // "TargetMoved" → "target moved": the words a stored name is made of, for names without a label.
    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}

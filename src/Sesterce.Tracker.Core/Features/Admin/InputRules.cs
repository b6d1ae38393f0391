using System.Text.RegularExpressions;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// Collects validation errors for one input. Every admin write runs its input through these rules in
/// the service, whatever the form already checked.
/// </summary>
public sealed partial class InputRules(DateOnly today)
{
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string code, params object[] arguments) => _errors.Add(new ValidationError(field, code, arguments));

    public string? Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                Add(field, "Required");
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            Add(field, "TooLong", maxLength);
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, "ControlCharacters");
        }

        // Half of a surrogate pair is no character at all: the store would silently turn it into U+FFFD.
        if (HasLoneSurrogate(trimmed))
        {
            Add(field, "BrokenCharacters");
        }

        return trimmed;
    }

    /// <summary>A date at its precision ("2026-12", "2026-Q4", "2026-12-15", "2027"), within 2000–2100.</summary>
    public PartialDate? Date(string field, string? text, bool required = true, bool notInFuture = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, "Required");
            }

            return null;
        }

        if (!PartialDate.TryParse(text, out var date))
        {
            Add(field, "NotADate", text.Trim());
            return null;
        }

        // Start first: the end of a period in year 9999 lies past DateOnly.MaxValue and cannot be computed.
        if (date.Start < EarliestDate || date.Start > LatestDate || date.End > LatestDate)
        {
            Add(field, "DateOutOfRange", EarliestDate.Year, LatestDate.Year);
            return null;
        }

        if (notInFuture && date.Start > today)
        {
            Add(field, "DateInFuture");
            return null;
        }

        return date;
    }

    public DateOnly? Day(string field, DateOnly? value)
    {
        if (value is { } day && (day < EarliestDate || day > LatestDate))
        {
            Add(field, "DateOutOfRange", EarliestDate.Year, LatestDate.Year);
            return null;
        }

        return value;
    }

    public decimal? Number(string field, decimal? value, decimal min, decimal max, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "Required");
            }

            return null;
        }

        if (value < 0 && min >= 0)
        {
            Add(field, "Negative");
            return null;
        }

        if (value < min || value > max)
        {
            Add(field, "OutOfRange", min, max);
            return null;
        }

        return value;
    }

    public T Enum<T>(string field, T value) where T : struct, System.Enum
    {
        if (!System.Enum.IsDefined(value))
        {
            Add(field, "UnknownChoice");
        }

        return value;
    }

    public string? Url(string field, string? value)
    {
        var text = Text(field, value, 2000, required: false);
        if (text is not null && (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            Add(field, "NotAWebAddress");
            return null;
        }

        return text;
    }

    public string? Key(string field, string? value)
    {
        var text = Text(field, value, 40);
        if (text is not null && !KeyPattern().IsMatch(text))
        {
            Add(field, "NotAKey");
            return null;
        }

        return text;
    }

    public string? Language(string field, string? value)
    {
        var text = Text(field, value, 16);
        if (text is not null && !LanguagePattern().IsMatch(text))
        {
            Add(field, "NotALanguage");
            return null;
        }

        return text;
    }

    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}

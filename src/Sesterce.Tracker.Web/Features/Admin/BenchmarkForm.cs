using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the benchmark form edits: a new benchmark, or an existing one at the version it was loaded.</summary>
public sealed class BenchmarkForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string? Key { get; set; }

    public string? RatioKey { get; set; } = BenchmarkAdminService.RatioKeys[0];

    public string? Name { get; set; }

    public string? NameFr { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public FigureQualifier Qualifier { get; set; }

    public string? Currency { get; set; } = "EUR";

    public InvestmentScope Scope { get; set; }

    public string? Region { get; set; }

    public string? Period { get; set; }

    public string? SourceTitle { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    // Not on the form: carried through an edit so saving the other fields keeps it.
    public DateOnly? PublishedOn { get; set; }

    public string? Note { get; set; }

    public static BenchmarkForm From(BenchmarkAdminRow row)
    {
        var v = row.Values;
        return new()
        {
            Id = row.Id,
            Version = row.Version,
            Key = v.Key,
            RatioKey = v.RatioKey,
            Name = v.Name,
            NameFr = v.NameFr,
            Low = v.Low,
            High = v.High,
            Qualifier = v.Qualifier,
            Currency = v.Currency,
            Scope = v.Scope,
            Region = v.Region,
            Period = v.Period,
            SourceTitle = v.SourceTitle,
            Publisher = v.Publisher,
            Url = v.Url,
            PublishedOn = v.PublishedOn,
            Note = v.Note,
        };
    }

    public BenchmarkInput ToInput() =>
        new(Key, RatioKey, Name, Low, High, Qualifier, Currency?.Trim().ToUpperInvariant(), Scope, Region, Period, SourceTitle, Publisher, Url, PublishedOn, Note, NameFr);
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Core.Features.Admin;

public sealed record BenchmarkInput(
    string? Key,
    string? RatioKey,
    string? Name,
    decimal? Low,
    decimal? High,
    FigureQualifier Qualifier,
    string? Currency,
    InvestmentScope Scope,
    string? Region,
    string? Period,
    string? SourceTitle,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    string? Note,
    string? NameFr = null);

public sealed record BenchmarkAdminRow(int Id, BenchmarkInput Values, int Version);

/// <summary>Admin writes on the public benchmarks shown beside our ratios: data, edited like any record.</summary>
public sealed partial class BenchmarkAdminService(IDbContextFactory<TrackerDbContext> contexts, WritePipeline writes)
{
    public static readonly string[] RatioKeys = ["investment-per-mw", "jobs-per-mw"];

    public async Task<IReadOnlyList<BenchmarkAdminRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Benchmarks.AsNoTracking().OrderBy(b => b.RatioKey).ThenBy(b => b.Order).ToListAsync(cancellationToken);
        return [.. rows.Select(b => new BenchmarkAdminRow(b.Id, ToInput(b), b.Version))];
    }

    public Task<WriteResult> CreateAsync(BenchmarkInput input, CancellationToken cancellationToken = default) =>
        writes.CreateAsync(AuditedRecords.Benchmark, async scope =>
        {
            var db = scope.Db;
            var values = Validate(scope.Rules, input);
            if (values.Key is not null && await db.Benchmarks.AnyAsync(b => b.Key == values.Key, scope.CancellationToken))
            {
                scope.Rules.Add("Key", "KeyTaken", values.Key);
            }

            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var order = await db.Benchmarks.Select(b => (int?)b.Order).MaxAsync(scope.CancellationToken) ?? 0;
            var benchmark = new Benchmark { Key = values.Key!, RatioKey = values.RatioKey!, Name = values.Name!, Currency = values.Currency!, SourceTitle = values.SourceTitle!, Order = order + 1 };
            var changes = Compare(ToInput(benchmark) with { Key = null, RatioKey = null, Name = null, Currency = null, SourceTitle = null, Qualifier = values.Qualifier, Scope = values.Scope }, values);
            Apply(benchmark, values);
            return new Addition<Benchmark>(benchmark, changes);
        }, cancellationToken);

    public Task<WriteResult> UpdateAsync(int id, BenchmarkInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Benchmark, b => b.Id == id, expectedVersion, (scope, benchmark) =>
        {
            // The key names the benchmark in imports and links: it is fixed once created.
            var values = Validate(scope.Rules, input with { Key = benchmark.Key });
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = Compare(ToInput(benchmark), values);
            Apply(benchmark, values);
            return new Edit("Updated", changes);
        }, cancellationToken);

    internal static BenchmarkInput Validate(InputRules rules, BenchmarkInput input)
    {
        var key = rules.Key("Key", input.Key);
        var ratio = rules.Text("RatioKey", input.RatioKey, 64);
        if (ratio is not null && !RatioKeys.Contains(ratio))
        {
            rules.Add("RatioKey", "UnknownChoice");
        }

        var low = rules.Number("Low", input.Low, 0, 1_000_000_000_000m, required: true);
        var high = rules.Number("High", input.High, 0, 1_000_000_000_000m, required: true);
        if (low is { } l && high is { } h && l > h)
        {
            rules.Add("Low", "LowAboveHigh");
        }

        var currency = rules.Text("Currency", input.Currency, 3);
        if (currency is not null && !CurrencyPattern().IsMatch(currency))
        {
            rules.Add("Currency", "NotACurrency");
        }

        rules.Enum("Qualifier", input.Qualifier);
        rules.Enum("Scope", input.Scope);
        var period = rules.Date("Period", input.Period, required: false);
        return new BenchmarkInput(
            key,
            ratio,
            rules.Text("Name", input.Name, 300),
            low,
            high,
            input.Qualifier,
            currency,
            input.Scope,
            rules.Text("Region", input.Region, 100, required: false),
            period?.ToString(),
            rules.Text("SourceTitle", input.SourceTitle, 500),
            rules.Text("Publisher", input.Publisher, 200, required: false),
            rules.Url("Url", input.Url),
            rules.Day("PublishedOn", input.PublishedOn),
            rules.Text("Note", input.Note, 2000, required: false),
            rules.Text("NameFr", input.NameFr, 200, required: false));
    }

    private static BenchmarkInput ToInput(Benchmark b) =>
        new(b.Key, b.RatioKey, b.Name, b.Low, b.High, b.Qualifier, b.Currency, b.Scope, b.Region, b.Period?.ToString(), b.SourceTitle, b.Publisher, b.Url, b.PublishedOn, b.Note, b.NameFr);

    private static ChangeSet Compare(BenchmarkInput before, BenchmarkInput after) => new ChangeSet()
        .Compare("Key", before.Key, after.Key)
        .Compare("RatioKey", before.RatioKey, after.RatioKey)
        .Compare("Name", before.Name, after.Name)
        .Compare("NameFr", before.NameFr, after.NameFr)
        .Compare("Low", before.Low, after.Low)
        .Compare("High", before.High, after.High)
        .Compare("Qualifier", before.Qualifier, after.Qualifier)
        .Compare("Currency", before.Currency, after.Currency)
        .Compare("Scope", before.Scope, after.Scope)
        .Compare("Region", before.Region, after.Region)
        .Compare("Period", before.Period, after.Period)
        .Compare("SourceTitle", before.SourceTitle, after.SourceTitle)
        .Compare("Publisher", before.Publisher, after.Publisher)
        .Compare("Url", before.Url, after.Url)
        .Compare("PublishedOn", before.PublishedOn, after.PublishedOn)
        .Compare("Note", before.Note, after.Note);

    internal static void Apply(Benchmark b, BenchmarkInput v)
    {
        b.RatioKey = v.RatioKey!;
        b.Name = v.Name!;
        b.NameFr = v.NameFr;
        b.Low = v.Low!.Value;
        b.High = v.High!.Value;
        b.Qualifier = v.Qualifier;
        b.Currency = v.Currency!;
        b.Scope = v.Scope;
        b.Region = v.Region;
        b.Period = v.Period is null ? null : PartialDate.Parse(v.Period);
        b.SourceTitle = v.SourceTitle!;
        b.Publisher = v.Publisher;
        b.Url = v.Url;
        b.PublishedOn = v.PublishedOn;
        b.Note = v.Note;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}

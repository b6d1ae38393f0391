using CsCheck;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Tests.Features.Transfer;
using Sesterce.Tracker.Fuzzing;
using static Sesterce.Tracker.Fuzzing.ValidButNasty;

namespace Sesterce.Tracker.Core.Tests.Fuzzing;

/// <summary>
/// Property tests over every admin service command with hostile input: no exception escapes, an
/// invalid input is refused with reasons and changes no row (audit included), and a saved input
/// is stored exactly as given (trimmed) and clean.
/// </summary>
public sealed class ServiceFuzzTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    private static readonly Gen<string> CampusSlug = Mostly(Gen.Const("alixan"), HostileInput.Slug);

    /// <summary>The property every command shares; <paramref name="saved"/> checks what a successful write stored.</summary>
    private async Task CheckAsync<T>(Gen<T> inputs, Func<T, Task<WriteResult>> act, Func<T, WriteResult, Task> saved)
    {
        await inputs.SampleAsync(
            async input =>
            {
                var before = await CampusTransferTests.RowCountsAsync(db);
                var result = await act(input);
                Assert.NotEqual(WriteOutcome.Forbidden, result.Outcome);
                if (result.Succeeded)
                {
                    await saved(input, result);
                    return;
                }

                Assert.NotEmpty(result.Errors);
                Assert.Equal(before, await CampusTransferTests.RowCountsAsync(db));
            },
            iter: HostileInput.Iterations,
            threads: 1);
    }

    private async Task<int> SourceIdAsync()
    {
        await using var context = db.CreateContext();
        return await context.Sources.Select(s => s.Id).FirstAsync();
    }

    private async Task<int> FigureVersionAsync(string key)
    {
        await using var context = db.CreateContext();
        return await context.Figures.Where(f => f.Key == key && f.CampusId == context.Campuses.Single(c => c.Slug == "alixan").Id).Select(f => f.Version).SingleAsync();
    }

    private static void StoredExactly(string? sent, string? stored)
    {
        Assert.Equal(string.IsNullOrWhiteSpace(sent) ? null : sent.Trim(), string.IsNullOrEmpty(stored) ? null : stored);
        Clean(stored);
    }

    /// <summary>What the store holds is text a page can show: no control characters but line breaks and tabs, no broken surrogate pairs.</summary>
    private static void Clean(string? stored)
    {
        if (stored is null)
        {
            return;
        }

        Assert.DoesNotContain(stored, c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        for (var i = 0; i < stored.Length; i++)
        {
            if (char.IsHighSurrogate(stored[i]))
            {
                Assert.True(i + 1 < stored.Length && char.IsLowSurrogate(stored[i + 1]), "A lone high surrogate was stored.");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(stored[i]), "A lone low surrogate was stored.");
            }
        }
    }

    private static string? Partial(string? text) => PartialDate.TryParse(text, out var date) ? date.ToString() : null;

    [Fact]
    public async Task CampusDetailsRefuseHostileInputAndStoreValidInputExactly()
    {
        var service = db.Get<CampusAdminService>();
        var text = Mostly(Text, HostileInput.Text);
        var inputs = Gen.Select(text, text, text, text, text, text, Mostly(Text, HostileInput.Text).Array[0, 3], CampusSlug)
            .Select((name, op, commune, park, region, description, purposes, slug) =>
                (Input: new CampusInput(name, op, commune, park, region, "France", description, [.. purposes.Select(p => p ?? "")], [new PersonInput(name, region)]), Slug: slug));

        await CheckAsync(
            inputs,
            async x => await service.UpdateAsync(x.Slug, x.Input, (await service.GetForEditAsync("alixan"))!.Version),
            async (x, _) =>
            {
                var stored = (await service.GetForEditAsync("alixan"))!.Values;
                StoredExactly(x.Input.Name, stored.Name);
                StoredExactly(x.Input.Operator, stored.Operator);
                StoredExactly(x.Input.BusinessPark, stored.BusinessPark);
                StoredExactly(x.Input.Description, stored.Description);
            });
    }

    /// <summary>A claim's common part: reported on, status, one to three sources (a hostile id or quote now and then), a note, the confirmation.</summary>
    private static Gen<ClaimInput> Claims(int source) =>
        Gen.Select(
            Mostly(Date, HostileInput.Date),
            HostileInput.Enum<ClaimStatus>(),
            Gen.Select(Mostly(Gen.Const((int?)source), HostileInput.OptionalInt), Mostly(Text, HostileInput.Text), (id, quote) => new CitationInput(id, quote)).Array[0, 3],
            Mostly(Text, HostileInput.Text),
            Gen.Bool,
            (reported, status, sources, note, recalls) => new ClaimInput(reported, status, sources, note, recalls));

    /// <summary>A saved claim keeps its sources in the order given, each with its quote exactly, and its note.</summary>
    private static void StoredExactly(ClaimInput sent, List<Citation> citations, string? note)
    {
        Assert.Equal(sent.Sources.Select(s => s.SourceId!.Value), citations.OrderBy(c => c.Order).Select(c => c.SourceId));
        foreach (var (input, stored) in sent.Sources.Zip(citations.OrderBy(c => c.Order)))
        {
            StoredExactly(input.Quote, stored.Quote);
        }

        StoredExactly(sent.Note, note);
    }

    [Fact]
    public async Task PhasesRefuseHostileInputAndStoreValidInputExactly()
    {
        var service = db.Get<CampusAdminService>();
        var source = await SourceIdAsync();
        var plans = Gen.Select(Mostly(Date, HostileInput.Date), Mostly(Gen.Int[0, 100_000].Select(i => (decimal?)i), HostileInput.Number), Claims(source), (target, capacity, claim) => new PhasePlanInput(target, capacity, claim));
        var inputs = Gen.Select(Mostly(Text, HostileInput.Text), Mostly(Gen.Int[1, 1000], HostileInput.WholeNumber), Mostly(Date, HostileInput.Date), plans, CampusSlug, Gen.Int[0, 2])
            .Select((name, order, announced, plan, slug, command) => (Input: new PhaseInput(name, order, announced), Plan: plan, Slug: slug, Command: command));

        await CheckAsync(
            inputs,
            async x =>
            {
                var phase = (await service.PhasesAsync("alixan"))[0];
                return x.Command switch
                {
                    0 => await service.CreatePhaseAsync(x.Slug, x.Input, x.Plan),
                    1 => await service.UpdatePhaseAsync(phase.Id, x.Input, phase.Version),
                    _ => await service.AddPlanAsync(phase.Id, x.Plan),
                };
            },
            async (x, result) =>
            {
                await using var context = db.CreateContext();
                if (x.Command == 2)
                {
                    var plan = await context.PhasePlanRevisions.Include(r => r.Citations).SingleAsync(r => r.Id == result.Id);
                    Assert.Equal((Partial(x.Plan.Target), x.Plan.CapacityMw), (plan.Target?.ToString(), plan.CapacityMw));
                    Assert.Equal(Partial(x.Plan.Claim.ReportedOn), plan.AnnouncedOn.ToString());
                    StoredExactly(x.Plan.Claim, plan.Citations, plan.Note);
                    return;
                }

                var stored = (await service.PhasesAsync("alixan")).Single(p => p.Id == result.Id);
                StoredExactly(x.Input.Name, stored.Values.Name);
                Assert.Equal((x.Input.Order, Partial(x.Input.AnnouncedOn)), (stored.Values.Order, stored.Values.AnnouncedOn));
                if (x.Command == 0)
                {
                    var plan = await context.PhasePlanRevisions.Include(r => r.Citations).SingleAsync(r => r.PhaseId == result.Id);
                    Assert.Equal((Partial(x.Plan.Target), x.Plan.CapacityMw), (plan.Target?.ToString(), plan.CapacityMw));
                    StoredExactly(x.Plan.Claim, plan.Citations, plan.Note);
                }
            });
    }

    [Fact]
    public async Task MilestoneCommandsRefuseHostileInputAndStoreValidInputExactly()
    {
        var service = db.Get<MilestoneAdminService>();
        var source = await SourceIdAsync();
        var inputs = Gen.Select(
                Mostly(Text, HostileInput.Text),
                Mostly(Text, HostileInput.Text),
                HostileInput.Enum<MilestoneKind>(),
                Mostly(Gen.OneOf(MilestoneStatus.Planned, MilestoneStatus.InProgress), HostileInput.Enum<MilestoneStatus>()),
                Mostly(Gen.Const((int?)null), HostileInput.OptionalInt),
                Mostly(Date, HostileInput.Date),
                Claims(source),
                HostileInput.Enum<MilestoneDateKind>(),
                Gen.Int[0, 3],
                (title, text, kind, status, phase, date, claim, dateKind, command) => (
                Input: new MilestoneInput(title, text, kind, status, phase),
                Date: new DateClaimInput(date, claim),
                DateKind: dateKind,
                Command: command));

        await CheckAsync(
            inputs,
            async x =>
            {
                if (x.Command == 0)
                {
                    return await service.CreateAsync("alixan", x.Input, x.Date);
                }

                var row = (await service.ListAsync("alixan"))![0];
                return x.Command switch
                {
                    1 => await service.UpdateAsync(row.Id, x.Input, row.Version),
                    2 => await service.AddDateClaimAsync(row.Id, x.DateKind, x.Date, row.Version),
                    _ => await service.SetArchivedAsync(row.Id, !row.IsArchived, x.Date.Claim.Note, row.Version),
                };
            },
            async (x, result) =>
            {
                var stored = (await service.GetForEditAsync(result.Id!.Value))!;
                if (x.Command is 0 or 1)
                {
                    StoredExactly(x.Input.Title, stored.Values.Title);
                    StoredExactly(x.Input.Description, stored.Values.Description);
                }

                if (x.Command is 0 or 2)
                {
                    // The claim is a new dated record; it becomes the headline only if the claim rule picks it.
                    await using var context = db.CreateContext();
                    var claim = await context.MilestoneDateRevisions.Include(r => r.Citations).Where(r => r.MilestoneId == stored.Id).OrderByDescending(r => r.Id).FirstAsync();
                    Assert.True(Enum.IsDefined(claim.Kind), $"An undefined date kind {(int)claim.Kind} was stored.");
                    Assert.Equal(x.Command == 0 ? MilestoneDateKind.Target : x.DateKind, claim.Kind);
                    Assert.Equal((Partial(x.Date.Date), Partial(x.Date.Claim.ReportedOn)), (claim.Target?.ToString(), claim.AnnouncedOn.ToString()));
                    StoredExactly(x.Date.Claim, claim.Citations, claim.Reason);
                }
            });
    }

    [Fact]
    public async Task FigureCommandsRefuseHostileInputAndStoreValidInputExactly()
    {
        var service = db.Get<FigureAdminService>();
        var source = await SourceIdAsync();
        var value = Mostly(Gen.Decimal[0m, 100_000m].Select(d => (decimal?)d), HostileInput.Number);
        var inputs = Gen.Select(
                value,
                Mostly(Gen.Const((decimal?)null), HostileInput.Number),
                HostileInput.Enum<FigureQualifier>(),
                Claims(source),
                Mostly(Text, HostileInput.Text),
                Mostly(Gen.OneOf("power", "jobs", "investment"), HostileInput.Slug),
                HostileInput.OptionalInt,
                Gen.Int[0, 2],
                (v, low, qualifier, claim, text, key, corrects, command) => (
                Input: new RevisionInput(v, low, low, qualifier, claim),
                Figure: new FigureInput(key, text, text),
                Key: key,
                Corrects: corrects ?? 0,
                Command: command));

        await CheckAsync(
            inputs,
            async x => x.Command switch
            {
                0 => await service.AddRevisionAsync("alixan", x.Key, x.Input),
                1 => await service.CorrectRevisionAsync(x.Corrects, x.Input, x.Input.Claim.Note),
                _ => await service.CreateFigureAsync("alixan", x.Figure),
            },
            async (x, result) =>
            {
                await using var context = db.CreateContext();
                if (x.Command == 2)
                {
                    var figure = await context.Figures.SingleAsync(f => f.Id == result.Id);
                    StoredExactly(x.Figure.Key, figure.Key);
                    StoredExactly(x.Figure.Name, figure.Name);
                    StoredExactly(x.Figure.Unit, figure.Unit);
                    return;
                }

                var revision = await context.FigureRevisions.Include(r => r.Citations).SingleAsync(r => r.Id == result.Id);
                Assert.Equal((x.Input.Value, x.Input.Low, x.Input.High), (revision.Value, revision.Low, revision.High));
                Assert.Equal(Partial(x.Input.Claim.ReportedOn), revision.AnnouncedOn.ToString());
                StoredExactly(x.Input.Claim, revision.Citations, revision.Note);
            });
    }

    [Fact]
    public async Task ChoosingAReferenceRevisionRefusesHostileInputAndStoresTheNoteExactly()
    {
        var service = db.Get<FigureReferenceService>();
        var power = (await db.Get<FigureService>().GetLedgerAsync("alixan", "power")).View!.Revisions[^1].Id;
        var inputs = Gen.Select(CampusSlug, Mostly(Gen.Const("power"), HostileInput.Slug), Mostly(Gen.Const(power), HostileInput.WholeNumber), Gen.Frequency((1, (IGen<string?>)Text), (2, HostileInput.Text)));

        await inputs.SampleAsync(
            async (slug, key, revision, note) =>
            {
                var before = await CampusTransferTests.RowCountsAsync(db);
                var result = await service.SetReferenceAsync(slug, key, revision, note, await FigureVersionAsync("power"));
                if (!result.Succeeded)
                {
                    Assert.Equal(before, await CampusTransferTests.RowCountsAsync(db));
                    return;
                }

                await using var context = db.CreateContext();
                var figure = await context.Figures.SingleAsync(f => f.Key == "power" && f.ReferenceRevisionId == revision);
                StoredExactly(note, figure.ReferenceNote);
            },
            iter: HostileInput.Iterations,
            threads: 1);
    }

    [Fact]
    public async Task SourcesAndBenchmarksRefuseHostileInputAndStoreValidInputExactly()
    {
        var sources = db.Get<SourceAdminService>();
        var benchmarks = db.Get<BenchmarkAdminService>();
        var url = Mostly(Gen.OneOf<string?>(null, "https://example.test/a?b=<c>&d=\"e\""), HostileInput.Text);
        var key = Mostly(Gen.Char["abcdefghij"].Array[6, 12].Select(c => "k" + new string(c)), HostileInput.Slug);
        var money = Gen.Select(Mostly(Gen.Decimal[0m, 1000m].Select(d => (decimal?)d), HostileInput.Number), Mostly(Gen.OneOf<string?>("EUR", "USD"), HostileInput.Text));
        var inputs = Gen.Select(Mostly(Text, HostileInput.Text), url, HostileInput.Day, Mostly(Date, HostileInput.Date), Mostly(Gen.OneOf<string?>("fr", "en-GB"), HostileInput.Text), key, money, Gen.Int[0, 2])
            .Select((text, address, day, published, language, benchmarkKey, amount, command) => (
                Source: new SourceInput(text, text, address, published, language, text),
                Benchmark: new BenchmarkInput(benchmarkKey, "jobs-per-mw", text, amount.Item1, amount.Item1, FigureQualifier.Exact, amount.Item2, InvestmentScope.Unknown, text, null, text, text, address, day, text),
                Command: command));

        await CheckAsync(
            inputs,
            async x => x.Command switch
            {
                0 => await sources.CreateAsync(x.Source),
                1 => await sources.UpdateAsync((await sources.ListAsync())[0].Id, x.Source, (await sources.ListAsync())[0].Version),
                _ => await benchmarks.CreateAsync(x.Benchmark),
            },
            async (x, result) =>
            {
                await using var context = db.CreateContext();
                if (x.Command == 2)
                {
                    var benchmark = await context.Benchmarks.SingleAsync(b => b.Id == result.Id);
                    StoredExactly(x.Benchmark.Name, benchmark.Name);
                    Assert.Equal(x.Benchmark.Low, benchmark.Low);
                    StoredExactly(x.Benchmark.Note, benchmark.Note);
                    return;
                }

                var source = await context.Sources.SingleAsync(s => s.Id == result.Id);
                StoredExactly(x.Source.Title, source.Title);
                StoredExactly(x.Source.Url, source.Url);
                StoredExactly(x.Source.Excerpt, source.Excerpt);
                Assert.Equal(Partial(x.Source.PublishedOn), source.Published?.ToString());
            });
    }
}

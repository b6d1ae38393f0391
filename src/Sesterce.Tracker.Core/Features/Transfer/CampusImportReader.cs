using System.Globalization;
using System.Text.Json;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Core.Features.Transfer;

/// <summary>Where in the file an input was refused ("milestones[2].dateRevisions[0]") and why.</summary>
public sealed record ImportError(string Path, ValidationError Error);

/// <summary>A campus read from a file and checked, ready to insert; ids still the document's own.</summary>
internal sealed class ImportPlan
{
    public required Campus Campus { get; init; }

    public required Dictionary<int, SourceInput> Sources { get; init; }

    /// <summary>The stored or new source each document source id stands for, filled in at the write.</summary>
    public Dictionary<int, Source> LinkedSources { get; } = [];

    /// <summary>Each record that cites a source, with the document id it cites.</summary>
    public List<(object Record, int Source)> Citations { get; } = [];

    public List<(Milestone Milestone, int Phase)> PhaseLinks { get; } = [];

    public Dictionary<int, Phase> Phases { get; } = [];

    public List<(FigureRevision Revision, FigureRevision Corrected)> Corrections { get; } = [];

    public List<(Figure Figure, FigureRevision Revision, string? Note)> References { get; } = [];

    public List<BenchmarkInput> Benchmarks { get; } = [];

    /// <summary>Every source and phase id the file declares, valid or not: repeated ids and references are checked against these.</summary>
    public HashSet<int> SourceIds { get; } = [];

    public HashSet<int> PhaseIds { get; } = [];
}

/// <summary>
/// Reads and checks a campus document with the rules the admin forms use (<see cref="InputRules"/>
/// and the admin services' validators), plus what only a file can get wrong: its format and
/// version, missing or repeated ids, and references to records the file does not hold.
/// </summary>
internal sealed class CampusImportReader(DateOnly today)
{
    /// <summary>A generous bound on one campus: the seeded campus is about 20 KB.</summary>
    public const int MaxDocumentLength = 10 * 1024 * 1024;

    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    public ImportPlan? Read(string json, string? asSlug)
    {
        if (json.Length > MaxDocumentLength)
        {
            Fail("", "", "TooLarge", MaxDocumentLength / 1024 / 1024);
            return null;
        }

        var document = Parse(json);
        return document is null ? null : Check(document, asSlug);
    }

    private CampusDocument? Parse(string json)
    {
        try
        {
            // Format and version first: a newer version may hold fields this one does not know.
            using (var head = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false }))
            {
                if (head.RootElement.ValueKind != JsonValueKind.Object)
                {
                    Fail("", "", "NotACampusDocument");
                    return null;
                }

                var format = head.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                if (format != CampusDocument.FormatName)
                {
                    Fail("", "format", "UnknownFormat", CampusDocument.FormatName);
                    return null;
                }

                if (!head.RootElement.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version != CampusDocument.CurrentVersion)
                {
                    Fail("", "version", "UnknownVersion", head.RootElement.TryGetProperty("version", out var raw) ? raw.GetRawText() : "—", CampusDocument.CurrentVersion);
                    return null;
                }
            }

            return JsonSerializer.Deserialize<CampusDocument>(json, CampusDocument.Json);
        }
        catch (JsonException exception)
        {
            // The serializer's message names the property, line and position; it describes the file, not the server.
            Fail(exception.Path ?? "", "", "NotJson", (exception.LineNumber ?? 0) + 1, exception.Message);
            return null;
        }
    }

    private ImportPlan? Check(CampusDocument document, string? asSlug)
    {
        if (document.Campus is not { } part)
        {
            Fail("campus", "", "Required");
            return null;
        }

        var rules = new InputRules(today);
        var slug = rules.Key("Slug", string.IsNullOrWhiteSpace(asSlug) ? part.Slug : asSlug);
        var details = CampusAdminService.Validate(rules, new CampusInput(
            part.Name, part.Operator, part.Commune, part.BusinessPark, part.Region, part.Country, part.Description,
            part.Purposes ?? [], [.. (part.People ?? []).Select(p => new PersonInput(p?.Name, p?.Role))]));
        Collect("campus", rules);
        var campus = new Campus
        {
            Slug = slug ?? "",
            Name = details.Name ?? "",
            Operator = details.Operator ?? "",
            Commune = details.Commune ?? "",
            BusinessPark = details.BusinessPark,
            Region = details.Region ?? "",
            Country = details.Country ?? "",
            Description = details.Description ?? "",
            Purposes = [.. details.Purposes],
            People = [.. details.People.Select((p, i) => new CampusPerson { Name = p.Name ?? "", Role = p.Role ?? "", Order = i + 1 })],
        };
        var plan = new ImportPlan { Campus = campus, Sources = [] };
        ReadSources(document.Sources ?? [], plan);
        ReadPhases(document.Phases ?? [], plan);
        ReadMilestones(document.Milestones ?? [], plan);
        ReadFigures(document.Figures ?? [], plan);
        ReadBenchmarks(document.Benchmarks ?? [], plan);
        return _errors.Count == 0 ? plan : null;
    }

    private void ReadSources(List<SourcePart> parts, ImportPlan plan)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"sources[{i}]";
            var part = parts[i];
            var rules = new InputRules(today);
            var id = Id(rules, part?.Id, i => !plan.SourceIds.Add(i));
            var values = SourceAdminService.Validate(rules, new SourceInput(part?.Title, part?.Publisher, part?.Url, Day(rules, "PublishedOn", part?.PublishedOn), part?.Language, part?.Excerpt));
            if (Collect(path, rules) && id is { } key)
            {
                plan.Sources[key] = values;
            }
        }
    }

    private void ReadPhases(List<PhasePart> parts, ImportPlan plan)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var rules = new InputRules(today);
            var id = Id(rules, part?.Id, i => !plan.PhaseIds.Add(i));
            if (part?.Order is null)
            {
                rules.Add("Order", "Required");
            }

            var (name, capacity, target, announced) = CampusAdminService.ValidatePhase(rules, new PhaseInput(part?.Name, part?.Order ?? 1, part?.TargetCapacityMw, part?.TargetDate, part?.AnnouncedOn));
            if (Collect($"phases[{i}]", rules) && id is { } key)
            {
                var phase = new Phase { Name = name!, Order = part!.Order!.Value, TargetCapacityMw = capacity, TargetDate = target, AnnouncedOn = announced!.Value };
                plan.Phases[key] = phase;
                plan.Campus.Phases.Add(phase);
            }
        }
    }

    private void ReadMilestones(List<MilestonePart> parts, ImportPlan plan)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"milestones[{i}]";
            var part = parts[i] ?? new MilestonePart();
            var rules = new InputRules(today);
            var kind = Choice<MilestoneKind>(rules, "Kind", part.Kind);
            var status = Choice<MilestoneStatus>(rules, "Status", part.Status);
            var values = MilestoneAdminService.Validate(
                rules,
                new MilestoneInput(part.Title, part.Description, kind, status, part.Phase, part.ActualDate, part.ActualSource, part.ActualQuote),
                phaseKnown: part.Phase is not { } phase || plan.PhaseIds.Contains(phase),
                actualSourceKnown: part.ActualSource is not { } source || plan.SourceIds.Contains(source));
            var milestone = new Milestone
            {
                Title = values.Title ?? "",
                Description = values.Description,
                Kind = kind,
                Status = status,
                ActualDate = values.ActualDate is null ? null : PartialDate.Parse(values.ActualDate),
                ActualQuote = values.ActualQuote,
                IsArchived = part.Archived ?? false,
            };
            // The dates are checked even when the milestone is not, so one pass reports every problem of the file.
            var valid = Collect(path, rules);
            if (part.Phase is { } phaseId)
            {
                plan.PhaseLinks.Add((milestone, phaseId));
            }

            if (part.ActualSource is { } actualSource)
            {
                plan.Citations.Add((milestone, actualSource));
            }

            var revisions = part.DateRevisions ?? [];
            for (var j = 0; j < revisions.Count; j++)
            {
                var r = revisions[j] ?? new DateRevisionPart();
                var revisionRules = new InputRules(today);
                var recordedAt = Moment(revisionRules, r.RecordedAt);
                var revision = MilestoneAdminService.ValidateTarget(
                    revisionRules,
                    new TargetInput(r.Target, r.AnnouncedOn, r.Source, r.Quote, r.Reason),
                    sourceKnown: r.Source is { } s && plan.SourceIds.Contains(s),
                    recordedAt);
                if (Collect($"{path}.dateRevisions[{j}]", revisionRules) && revision is not null)
                {
                    revision.SourceId = null;
                    plan.Citations.Add((revision, r.Source!.Value));
                    milestone.DateRevisions.Add(revision);
                }
            }

            if (valid)
            {
                plan.Campus.Milestones.Add(milestone);
            }
        }
    }

    private void ReadFigures(List<FigurePart> parts, ImportPlan plan)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var revisionIds = new Dictionary<int, (int Figure, FigureRevision? Revision)>();
        var corrected = new HashSet<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var path = $"figures[{i}]";
            var part = parts[i] ?? new FigurePart();
            var rules = new InputRules(today);
            var (key, name, unit) = FigureAdminService.ValidateFigure(rules, new FigureInput(part.Key, part.Name, part.Unit), keys.Contains);
            var figureValid = Collect(path, rules);
            if (key is not null)
            {
                keys.Add(key);
            }

            var figure = new Figure { Key = key ?? "", Name = name ?? "", Unit = unit ?? "", Order = i + 1 };
            var revisions = part.Revisions ?? [];
            for (var j = 0; j < revisions.Count; j++)
            {
                var r = revisions[j] ?? new FigureRevisionPart();
                var revisionRules = new InputRules(today);
                var id = Id(revisionRules, r.Id, revisionIds.ContainsKey);
                var qualifier = Choice<FigureQualifier>(revisionRules, "Qualifier", r.Qualifier);
                var status = Choice<RevisionStatus>(revisionRules, "Status", r.Status);
                var scope = Choice<InvestmentScope>(revisionRules, "Scope", r.Scope);
                var recordedAt = Moment(revisionRules, r.RecordedAt);
                FigureRevision? correctedRevision = null;
                if (r.Corrects is { } correctsId)
                {
                    // Only an earlier revision of the same figure: a correction always follows what it corrects, so no cycle can be written.
                    if (!revisionIds.TryGetValue(correctsId, out var target) || target.Figure != i)
                    {
                        revisionRules.Add("Corrects", "UnknownRevision", correctsId);
                    }
                    else if (!corrected.Add(correctsId))
                    {
                        revisionRules.Add("Corrects", "AlreadyCorrected");
                    }
                    else
                    {
                        correctedRevision = target.Revision;
                    }
                }

                var revision = FigureAdminService.Validate(
                    revisionRules,
                    new RevisionInput(r.Value, r.Low, r.High, qualifier, r.AnnouncedOn, status, r.Source, r.Quote, r.Note),
                    unit ?? "",
                    sourceKnown: r.Source is { } s && plan.SourceIds.Contains(s));
                var valid = Collect($"{path}.revisions[{j}]", revisionRules) && revision is not null;
                if (id is { } localId)
                {
                    revisionIds[localId] = (i, valid ? revision : null);
                }

                if (valid)
                {
                    revision!.Scope = scope;
                    revision.RecordedAt = recordedAt;
                    revision.SourceId = null;
                    plan.Citations.Add((revision, r.Source!.Value));
                    figure.Revisions.Add(revision);
                    if (correctedRevision is not null)
                    {
                        plan.Corrections.Add((revision, correctedRevision));
                    }
                }
            }

            if (part.Reference is { } reference)
            {
                var referenceRules = new InputRules(today);
                var note = referenceRules.Text("ReferenceNote", reference.Note, Figures.FigureReferenceService.MaxNoteLength, required: false);
                FigureRevision? chosen = null;
                if (reference.Revision is not { } revisionId || !revisionIds.TryGetValue(revisionId, out var target) || target.Figure != i)
                {
                    referenceRules.Add("Revision", "UnknownRevision", reference.Revision?.ToString(CultureInfo.InvariantCulture) ?? "—");
                }
                else if (corrected.Contains(revisionId))
                {
                    referenceRules.Add("Revision", "RevisionCorrected");
                }
                else
                {
                    chosen = target.Revision;
                }

                if (Collect($"{path}.reference", referenceRules) && chosen is not null)
                {
                    plan.References.Add((figure, chosen, note));
                }
            }

            if (figureValid)
            {
                plan.Campus.Figures.Add(figure);
            }
        }
    }

    private void ReadBenchmarks(List<BenchmarkPart> parts, ImportPlan plan)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? new BenchmarkPart();
            var rules = new InputRules(today);
            var qualifier = Choice<FigureQualifier>(rules, "Qualifier", part.Qualifier);
            var scope = Choice<InvestmentScope>(rules, "Scope", part.Scope);
            var values = BenchmarkAdminService.Validate(rules, new BenchmarkInput(
                part.Key, part.RatioKey, part.Name, part.Low, part.High, qualifier, part.Currency, scope, part.Region, part.Period,
                part.SourceTitle, part.Publisher, part.Url, Day(rules, "PublishedOn", part.PublishedOn), part.Note));
            if (values.Key is { } key && !keys.Add(key))
            {
                rules.Add("Key", "DuplicateId", key);
            }

            if (Collect($"benchmarks[{i}]", rules))
            {
                plan.Benchmarks.Add(values);
            }
        }
    }

    /// <summary>A document id: present, positive, not used before (<paramref name="taken"/> also records it).</summary>
    private static int? Id(InputRules rules, int? id, Func<int, bool> taken)
    {
        if (id is not { } value)
        {
            rules.Add("Id", "Required");
            return null;
        }

        if (value < 1)
        {
            rules.Add("Id", "OutOfRange", 1, int.MaxValue);
            return null;
        }

        if (taken(value))
        {
            rules.Add("Id", "DuplicateId", value);
            return null;
        }

        return value;
    }

    /// <summary>An enum by its exact name; numbers and unknown names are refused, so a file cannot smuggle in an undefined value.</summary>
    private static T Choice<T>(InputRules rules, string field, string? name) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(name))
        {
            rules.Add(field, "Required");
            return default;
        }

        if (Enum.GetNames<T>().Contains(name, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(name);
        }

        rules.Add(field, "UnknownChoice");
        return default;
    }

    private static DateOnly? Day(InputRules rules, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            rules.Add(field, "NotADate", text);
            return null;
        }

        return rules.Day(field, day);
    }

    /// <summary>When a revision was recorded, kept as written (in UTC) so the history reads the same after the move.</summary>
    private static DateTimeOffset Moment(InputRules rules, DateTimeOffset? value)
    {
        if (value is not { } moment)
        {
            rules.Add("RecordedAt", "Required");
            return default;
        }

        var utc = moment.ToUniversalTime();
        if (utc.UtcDateTime < InputRules.EarliestDate.ToDateTime(TimeOnly.MinValue) || utc.UtcDateTime > InputRules.LatestDate.ToDateTime(TimeOnly.MaxValue))
        {
            rules.Add("RecordedAt", "DateOutOfRange", InputRules.EarliestDate.Year, InputRules.LatestDate.Year);
            return default;
        }

        return utc;
    }

    private bool Collect(string path, InputRules rules)
    {
        _errors.AddRange(rules.Errors.Select(e => new ImportError(path, e)));
        return rules.IsValid;
    }

    private void Fail(string path, string field, string code, params object[] arguments) =>
        _errors.Add(new ImportError(path, new ValidationError(field, code, arguments)));
}

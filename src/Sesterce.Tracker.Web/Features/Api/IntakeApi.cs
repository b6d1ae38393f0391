using Microsoft.AspNetCore.Http.HttpResults;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Intake;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Features.Api;

/// <summary>The intake recogniser over HTTP (docs/intake.md): text in, candidate claims out. It reads and records nothing.</summary>
public static class IntakeApi
{
    /// <summary>Longer than any article; a whole book pasted by mistake is refused rather than scanned.</summary>
    public const int MaxTextLength = 100_000;

    public static RouteGroupBuilder MapIntake(this RouteGroupBuilder api)
    {
        api.MapPost("/intake/extract", Extract)
            .WithSummary("Proposes the claims an article states: money, power, counts and milestone dates, each with its qualifier, whether it recalls an earlier claim, the day it was stated, its milestone kind, and the character offsets (UTF-16) of its words and of the sentence quoting it. Body: text, publishedOn (2025-11-24, 2025-11, 2025-Q4, 2025-H2 or 2025) and language (fr or en; detected when empty). Nothing is recorded.")
            .RequireAuthorization(nameof(TrackerPermission.Write));
        return api;
    }

    private static Results<Ok<IntakeExtractResponse>, ProblemHttpResult> Extract(IntakeExtractRequest? request)
    {
        if (request?.Text is not { Length: > 0 } text || string.IsNullOrWhiteSpace(text))
        {
            return Bad("The article's text is empty: paste the text to read.");
        }

        if (text.Length > MaxTextLength)
        {
            return Bad($"The text has {text.Length} characters; the recogniser reads at most {MaxTextLength}.");
        }

        if (!PartialDate.TryParse(request.PublishedOn, out var published))
        {
            return Bad($"publishedOn must be a date such as 2025-11-24, 2025-11, 2025-Q4, 2025-H2 or 2025; '{request.PublishedOn}' is not.");
        }

        var language = string.IsNullOrWhiteSpace(request.Language) ? IntakeLanguage.Detect(text) : request.Language.Trim().ToLowerInvariant();
        if (language is not ("fr" or "en"))
        {
            return Bad($"language must be fr or en, or empty to detect it; '{request.Language}' is neither.");
        }

        var candidates = IntakeRecogniser.Extract(text, language, published);
        return TypedResults.Ok(new IntakeExtractResponse(language, published.ToString(), published.Precision, [.. candidates.Select(c => IntakeCandidateDto.From(c, text))]));
    }

    private static ProblemHttpResult Bad(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Nothing to read", detail: detail);
}

public sealed record IntakeExtractRequest(string? Text, string? PublishedOn, string? Language);

public sealed record IntakeExtractResponse(string Language, string PublishedOn, DatePrecision PublishedOnPrecision, IReadOnlyList<IntakeCandidateDto> Candidates);

/// <summary>A span of the posted text: <c>start</c> and <c>length</c> in UTF-16 code units, and the words themselves.</summary>
public sealed record IntakeSpanDto(int Start, int Length, string Text)
{
    public static IntakeSpanDto From(TextSpan span, string text) => new(span.Start, span.Length, span.Of(text));
}

public sealed record IntakeWordingDto(WordingKind Kind, string Text, int Start);

public sealed record IntakeCandidateDto(
    CandidateKind Kind,
    decimal? Value,
    string? Unit,
    string? Date,
    DatePrecision? DatePrecision,
    MilestoneKind? MilestoneKind,
    bool Reached,
    FigureQualifier Qualifier,
    bool Recalled,
    bool ExpectedToRise,
    string? StatedOn,
    IntakeSpanDto Match,
    IntakeSpanDto Quote,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<IntakeWordingDto> Wording)
{
    public static IntakeCandidateDto From(IntakeCandidate c, string text) => new(
        c.Kind, c.Value, c.Unit, c.Date?.ToString(), c.Date?.Precision, c.MilestoneKind, c.Reached, c.Qualifier, c.Recalled,
        c.ExpectedToRise, c.StatedOn?.ToString(), IntakeSpanDto.From(c.Match, text), IntakeSpanDto.From(c.QuoteSpan, text),
        c.Keywords, [.. c.Wording.Select(w => new IntakeWordingDto(w.Kind, w.Text, w.Start))]);
}

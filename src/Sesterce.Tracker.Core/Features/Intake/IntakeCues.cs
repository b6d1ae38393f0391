using System.Text.RegularExpressions;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>
/// The French and English words around a value that change what it claims: its qualifier, whether it
/// recalls an earlier claim or replaces one, whether it is expected to move, which milestone a date is for.
/// </summary>
public static partial class IntakeCues
{
    /// <summary>The qualifier written just before a value ("environ", "about", "plus de", "up to"), within two words.</summary>
    public static (FigureQualifier Qualifier, Match? Words) QualifierBefore(string lead)
    {
        foreach (var (pattern, qualifier) in new[] { (Approximately(), FigureQualifier.Approximately), (AtLeast(), FigureQualifier.AtLeast), (AtMost(), FigureQualifier.AtMost) })
        {
            if (pattern.Match(lead) is { Success: true } m)
            {
                return (qualifier, m);
            }
        }

        return (FigureQualifier.Exact, null);
    }

    /// <summary>The cue's own words in a match that also spans the words around it.</summary>
    public static Group Cue(Match m) => m.Groups["cue"] is { Success: true } cue ? cue : m;

    public static Match RecallBefore(string lead) => RecallAdverb().Match(lead) is { Success: true } m ? m : RecallPreposition().Match(lead);

    public static Match RecallAfter(string tail) => RecallParticiple().Match(tail);

    public static Match RevisionBefore(string lead) => Revision().Match(lead);

    public static Match Outlook(string sentence) => OutlookWords().Match(sentence);

    public static Match Delay(string sentence) => DelayWords().Match(sentence);

    public static Match Reached(string sentence) => ReachedWords().Match(sentence);

    /// <summary>The milestone words nearest the end of <paramref name="text"/>, or null when it names no milestone.</summary>
    public static (MilestoneKind Kind, string Words)? LastMilestone(string text) => Milestones(text).LastOrDefault() is { Words: not null } last ? (last.Kind, last.Words) : null;

    public static (MilestoneKind Kind, string Words)? FirstMilestone(string text) => Milestones(text).FirstOrDefault() is { Words: not null } first ? (first.Kind, first.Words) : null;

    private static IEnumerable<(MilestoneKind Kind, string? Words)> Milestones(string text) =>
        MilestoneWords().Matches(text)
            .Select(m => (Kind: KindOf(m), Words: (string?)m.Value))
            .Where(k => k.Kind is not null)
            .Select(k => (k.Kind!.Value, k.Words));

    private static MilestoneKind? KindOf(Match m) =>
        m.Groups["commissioning"].Success ? MilestoneKind.Commissioning
        : m.Groups["operation"].Success ? MilestoneKind.Operation
        : m.Groups["regulatory"].Success ? MilestoneKind.Regulatory
        : m.Groups["construction"].Success ? MilestoneKind.Construction
        : m.Groups["grid"].Success ? MilestoneKind.Other
        : m.Groups["financing"].Success ? MilestoneKind.Financing
        : null;

    private const string Gap = @"\s+(?:[\p{L}'’-]+\s+){0,2}$";

    [GeneratedRegex(@"(?<![\p{L}])(?<cue>environ|quelque|près\s+de|près\s+d['’]|presque|autour\s+de|approximativement|de\s+l['’]ordre\s+de|about|around|roughly|approximately|some|nearly|almost|close\s+to|circa|an\s+estimated)" + Gap, RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    [GeneratedRegex(@"(?<![\p{L}])(?<cue>plus\s+de|au\s+moins|au\s+minimum|pas\s+moins\s+de|more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than)" + Gap, RegexOptions.IgnoreCase)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"(?<![\p{L}])(?<cue>jusqu['’]à|moins\s+de|au\s+plus|au\s+maximum|up\s+to|less\s+than|fewer\s+than|under|at\s+most|no\s+more\s+than)" + Gap, RegexOptions.IgnoreCase)]
    private static partial Regex AtMost();

    // Words anywhere before the value that place it in the past: "avait initialement promis", "had originally planned".
    [GeneratedRegex(@"(?<![\p{L}])(?:initialement|initially|originally|au\s+départ|à\s+l['’]origine|avait\s+(?:promis|annoncé|prévu|évoqué|tablé\s+sur|envisagé)|avaient\s+(?:promis|annoncé|prévu|évoqué|envisagé)|had\s+(?:promised|announced|planned|pledged|targeted|said|expected)|previously|précédemment|auparavant|at\s+first|d['’]abord\s+(?:annoncé|prévu)\w*)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex RecallAdverb();

    // Prepositions right before the value that make it the old one: "passant de 40 MW", "up from €450m", "contre 40 MW".
    [GeneratedRegex(@"(?<![\p{L}])(?<cue>passant\s+de|passé\s+de|passe\s+de|passera\s+de|up\s+from|down\s+from|from|contre|au\s+lieu\s+de|au\s+lieu\s+des|instead\s+of|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\p{L}'’-]+\s+){0,1}$", RegexOptions.IgnoreCase)]
    private static partial Regex RecallPreposition();

    // Words after the value that say it was the earlier plan: "étaient envisagés", "was planned", "initialement annoncés".
    [GeneratedRegex(@"^[^.;]{0,60}?(?<![\p{L}])(?<cue>(?:était|étaient|avait\s+été|avaient\s+été)\s+(?:envisagé|prévu|annoncé|promis|évoqué|attendu)\w*|(?:initialement|précédemment|d['’]abord)\s+(?:annoncé|prévu|promis|envisagé)\w*|(?:was|were|had\s+been)\s+(?:planned|announced|promised|expected|envisaged|forecast|targeted|initially\s+\w+|originally\s+\w+)|(?:initially|originally|previously|first)\s+(?:announced|planned|promised|expected|targeted))", RegexOptions.IgnoreCase)]
    private static partial Regex RecallParticiple();

    [GeneratedRegex(@"(?<![\p{L}])(?:passe(?:\s+ainsi)?\s+à|passera\s+à|passant\s+à|(?:est|sont|sera)\s+(?:désormais\s+)?porté\w*\s+à|porté\w*\s+à|relevé\w*\s+à|revu\w*\s+à\s+la\s+(?:hausse|baisse)\s+à|ramené\w*\s+à|réduit\w*\s+à|grimpe\s+à|désormais|raised\s+to|increased\s+to|rises?\s+to|rising\s+to|grows?\s+to|cut\s+to|reduced\s+to|lowered\s+to|revised\s+(?:up|down)(?:wards?)?\s+to|now|doubl(?:e|es|ed|ing)|doubl(?:e|é|ée)|triplé)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Revision();

    [GeneratedRegex(@"(?<![\p{L}])(?:pourrai(?:t|ent)\s+être\s+(?:revu|relevé)\w*\s+à\s+la\s+hausse|pourrai(?:t|ent)\s+(?:augmenter|croître|grimper)|devrai(?:t|ent)\s+(?:augmenter|croître)|(?:could|may|might|is\s+likely\s+to|are\s+likely\s+to)\s+be\s+revised\s+up(?:wards?)?|(?:could|may|might|is\s+expected\s+to|are\s+expected\s+to)\s+(?:rise|increase|grow))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:report(?:é|ée|és|ées)|décalé\w*|repoussé\w*|en\s+retard|retardé\w*|glisse|delayed|postponed|pushed\s+back|slipped|slips|pushed\s+(?:out\s+)?to)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex DelayWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:a\s+été\s+(?:délivré|accordé|obtenu|signé|posé|lancé|achevé|inauguré|raccordé|mis\w*\s+en\s+service)\w*|ont\s+été\s+(?:lancé|achevé|délivré)\w*|ont\s+(?:débuté|commencé|démarré)|a\s+(?:débuté|commencé|démarré|obtenu|reçu)|est\s+entré\w*\s+en\s+service|(?:was|were)\s+(?:granted|issued|approved|signed|laid|completed|commissioned|connected|inaugurated|obtained|received)|(?:began|started|broke|obtained|received|secured|completed)|(?:has|have)\s+(?:been\s+)?(?:granted|obtained|received|started|begun|completed|issued))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex ReachedWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<operation>exploitation\s+complète|pleine\s+capacité|pleine\s+puissance|full\s+capacity|full\s+power|fully\s+operational|pleinement\s+opérationnel\w*)|(?<commissioning>mises?\s+en\s+service|commissioning|commissioned|première\s+phase|first\s+phase|phase\s+1|phase\s+one|livraison|delivered|ouverture|ouvrira|opening|go[\s-]live|online|en\s+ligne|démarrage)|(?<operation>exploitation|operations?|operational|opérationnel\w*)|(?<regulatory>permis(?:\s+de\s+construire)?|autorisation\s+environnementale|autorisation|arrêté\s+préfectoral|préfecture|enquête\s+publique|building\s+permit|planning\s+permission|permit|approval|authori[sz]ation|public\s+inquiry)|(?<construction>travaux|chantier|construction|première\s+pierre|groundbreaking|ground-breaking|broke\s+ground|break\s+ground|terrassement)|(?<grid>raccordement|raccordé\w*|réseau\s+électrique|RTE|Enedis|poste\s+source|grid|substation|connection)|(?<financing>financement|levée\s+de\s+fonds|bouclage|financing|funding\s+round|financial\s+close))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex MilestoneWords();
}

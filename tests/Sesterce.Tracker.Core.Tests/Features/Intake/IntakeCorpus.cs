using System.Globalization;
using Sesterce.Tracker.Core.Features.Intake;

namespace Sesterce.Tracker.Core.Tests.Features.Intake;

/// <summary>One passage and the claims a careful reader would take from it, as <see cref="IntakeCorpus.Key"/> writes them.</summary>
public sealed record CorpusPassage(string Language, string Published, string Text, params string[] Expected);

/// <summary>
/// Short passages written for these tests in French and English: announcements, press reports,
/// revisions, delays, permit and grid news, every number format, two figures in one sentence, and
/// sentences that mention a project without stating a figure.
/// </summary>
public static class IntakeCorpus
{
    /// <summary>"EUR 450000000 recalled", "MW 80", "date 2026-12 Commissioning", "reached 2026-05-12 Regulatory".</summary>
    public static string Key(IntakeCandidate c)
    {
        var key = c.Kind == CandidateKind.Date
            ? $"{(c.Reached ? "reached" : "date")} {c.Date} {c.MilestoneKind}"
            : $"{c.Unit} {c.Value!.Value.ToString("0.###", CultureInfo.InvariantCulture)}";
        return c.Recalled ? key + " recalled" : key;
    }

    public static readonly CorpusPassage[] Passages =
    [
        // Announcements
        new("fr", "2026-03-10", "Sesterce a annoncé mardi un investissement de 2 milliards d'euros pour son campus de Valence.", "EUR 2000000000"),
        new("en", "2026-03-10", "Sesterce said on Tuesday it would invest €2 billion in its Valence campus.", "EUR 2000000000"),
        new("fr", "2026-04-02", "Le projet représente un investissement de 450 M€ et créera 300 emplois directs.", "EUR 450000000", "jobs 300"),
        new("en", "2026-04-02", "The $2bn project will create about 1,000 jobs.", "USD 2000000000", "jobs 1000"),
        new("fr", "2025-12-01", "Le site accueillera 5 000 GPU de dernière génération.", "GPUs 5000"),
        new("en", "2025-12-01", "The site will host 10,000 Nvidia H100 GPUs.", "GPUs 10000"),
        new("fr", "2026-01-15", "Le projet atteindra une puissance de 1,2 GW à terme.", "MW 1200"),
        new("en", "2026-01-15", "The project could eventually reach 1.2 GW.", "MW 1200"),
        new("fr", "2026-01-20", "Le data center consommera 40 mégawatts, soit l'équivalent d'une ville de 50 000 habitants.", "MW 40"),
        new("en", "2026-01-20", "At full build-out the data centre will draw 150 megawatts.", "MW 150"),
        new("fr", "2026-09-09", "Le campus s'étendra sur 12 hectares et comptera 200 baies de calcul.", "hectares 12", "racks 200"),
        new("en", "2026-02-02", "Sesterce plans to deploy 5,000 GPUs and 200 racks at the site.", "GPUs 5000", "racks 200"),

        // Press reports and number formats
        new("fr", "2026-03-01", "Le montant total atteint 1.500 millions d'euros selon nos informations.", "EUR 1500000000"),
        new("en", "2026-03-01", "The total reaches 1,500 million euros, according to people familiar with the matter.", "EUR 1500000000"),
        new("fr", "2026-11-30", "Selon Les Echos, le coût du projet pourrait dépasser 2 Md€.", "EUR 2000000000"),
        new("en", "2026-11-30", "According to Bloomberg, the price tag could exceed EUR 2 billion.", "EUR 2000000000"),
        new("fr", "2026-06-15", "Le fonds américain apporterait 500 millions de dollars, affirme La Tribune.", "USD 500000000"),
        new("en", "2026-06-15", "A £1.2bn sister campus near Manchester is also under study, the Financial Times reports.", "GBP 1200000000"),
        new("fr", "2026-10-05", "Sesterce a levé 600 millions d'euros auprès de ses investisseurs.", "EUR 600000000"),
        new("en", "2026-11-02", "Sesterce has closed a $300m financing round.", "USD 300000000"),
        new("fr", "2026-03-03", "Environ 1 200 emplois seront créés, dont 400 emplois directs.", "jobs 1200", "jobs 400"),

        // Two figures in one sentence
        new("fr", "2026-02-20", "Sesterce investira 3 milliards d'euros pour 200 MW de capacité.", "EUR 3000000000", "MW 200"),
        new("en", "2026-02-20", "Sesterce will invest €3bn in 200 MW of capacity and hire 500 workers.", "EUR 3000000000", "MW 200", "jobs 500"),
        new("fr", "2026-05-02", "Le groupe prévoit 450 M€ d'investissement et plus de 250 emplois d'ici 2027.", "EUR 450000000", "jobs 250"),
        new("en", "2026-08-08", "Phase 1, with 20 MW, will go live in the first half of 2027.", "MW 20", "date 2027-H1 Commissioning"),
        new("fr", "2026-07-07", "Le site sera pleinement opérationnel fin 2027, avec 80 MW.", "date 2027-H2 Operation", "MW 80"),

        // Revisions
        new("fr", "2026-02-10", "La puissance du campus passe de 40 MW à 80 MW.", "MW 40 recalled", "MW 80"),
        new("en", "2026-02-10", "The campus's capacity rises from 40 MW to 80 MW.", "MW 40 recalled", "MW 80"),
        new("en", "2025-12-10", "Sesterce had originally promised €450 million; it now plans €1.5 billion.", "EUR 450000000 recalled", "EUR 1500000000"),
        new("en", "2026-10-10", "Power demand is now estimated at roughly 95 MW, up from 80 MW.", "MW 95", "MW 80 recalled"),
        new("fr", "2026-08-08", "La deuxième phase portera la capacité totale à 120 MW.", "MW 120"),
        new("fr", "2026-06-01", "Le budget, initialement fixé à 900 millions d'euros, est porté à 1,1 milliard d'euros.", "EUR 900000000 recalled", "EUR 1100000000"),

        // Dates and delays
        new("fr", "2026-05-15", "La mise en service de la première tranche est prévue au premier trimestre 2027.", "date 2027-Q1 Commissioning"),
        new("en", "2026-05-15", "Commissioning of the first building is now expected in Q1 2027.", "date 2027-Q1 Commissioning"),
        new("fr", "2026-09-20", "La mise en service, initialement prévue pour décembre 2026, est reportée au deuxième trimestre 2027.", "date 2026-12 Commissioning recalled", "date 2027-Q2 Commissioning"),
        new("en", "2026-09-20", "Commissioning, originally planned for December 2026, has been pushed back to the second quarter of 2027.", "date 2026-12 Commissioning recalled", "date 2027-Q2 Commissioning"),
        new("fr", "2026-04-10", "La première pierre sera posée en juin prochain.", "date 2026-06 Construction"),
        new("en", "2026-04-10", "Groundbreaking is scheduled for next June.", "date 2026-06 Construction"),
        new("fr", "2026-11-20", "Le chantier a pris du retard : la livraison glisse à mi-2027.", "date 2027 Commissioning"),
        new("en", "2026-12-01", "Sesterce confirmed on 17 November that the site would be fully operational by December 2027.", "date 2027-12 Operation"),
        new("fr", "2026-04-10", "Les travaux de terrassement ont commencé en mars 2026 sur le site d'Alixan.", "reached 2026-03 Construction"),
        new("en", "2026-04-10", "Construction began in March 2026.", "reached 2026-03 Construction"),

        // Permit and grid news
        new("fr", "2026-06-01", "Le permis de construire a été délivré le 12 mai 2026 par la préfecture de la Drôme.", "reached 2026-05-12 Regulatory"),
        new("en", "2026-06-01", "The building permit was granted on May 12, 2026.", "reached 2026-05-12 Regulatory"),
        new("fr", "2026-05-05", "L'enquête publique se tiendra au second semestre 2026.", "date 2026-H2 Regulatory"),
        new("en", "2026-05-05", "A public inquiry will be held in H2 2026.", "date 2026-H2 Regulatory"),
        new("fr", "2026-05-20", "L'autorisation environnementale est attendue au T3 2026.", "date 2026-Q3 Regulatory"),
        new("en", "2026-05-20", "The environmental authorisation is expected in Q3 2026, while commissioning remains scheduled for December 2026.", "date 2026-Q3 Regulatory", "date 2026-12 Commissioning"),
        new("fr", "2026-07-01", "Le raccordement au réseau électrique par RTE est attendu pour fin 2026.", "date 2026-H2 Other"),
        new("en", "2026-07-01", "Grid connection is expected by the end of 2026, according to the operator.", "date 2026-H2 Other"),
        new("en", "2026-06-30", "Sesterce expects the grid connection in early 2027.", "date 2027-H1 Other"),

        // Mentions without a new figure
        new("fr", "2026-06-10", "Le maire s'est félicité de ce projet qui renforce l'attractivité du territoire."),
        new("en", "2026-06-10", "Local officials welcomed the project, which they said would bring jobs to the area."),
        new("fr", "2026-06-12", "Le projet, dont le coût n'a pas été précisé, suscite des inquiétudes chez les riverains."),
        new("en", "2026-06-12", "The company did not give a new estimate for the number of jobs."),
        new("fr", "2026-06-14", "Sesterce annonce 80 MW à Alixan. Les 80 MW seront alimentés par le réseau public.", "MW 80"),
        new("en", "2026-06-14", "In 2025, some 200 companies attended the summit in Versailles."),

        // Written after the rules, as an article would put it, and kept whatever the recogniser makes of them
        new("fr", "2026-09-01", "D'après L'Usine Nouvelle, Sesterce table désormais sur 1,8 milliard d'euros et 100 MW.", "EUR 1800000000", "MW 100"),
        new("en", "2026-09-01", "The operator now targets 100MW and an investment of around €1.8bn.", "MW 100", "EUR 1800000000"),
        new("fr", "2026-09-15", "Le préfet a signé l'arrêté d'autorisation environnementale le 3 septembre 2026.", "reached 2026-09-03 Regulatory"),
        new("en", "2026-09-15", "Sesterce secured its environmental permit on September 3.", "reached 2026-09-03 Regulatory"),
        new("en", "2026-10-01", "Sesterce expects to employ 350 people on site by 2028.", "jobs 350"),
        new("fr", "2026-10-20", "Le coût du raccordement, estimé à 45 millions d'euros, sera pris en charge par RTE.", "EUR 45000000"),
        new("en", "2026-10-20", "First revenue is expected in the fourth quarter of 2027, when the first 40 MW come online.", "date 2027-Q4 Commissioning", "MW 40"),
        new("fr", "2026-11-05", "Le calendrier glisse de six mois : la mise en service est désormais attendue en juin 2027 au lieu de décembre 2026.", "date 2027-06 Commissioning", "date 2026-12 Commissioning recalled"),
        new("en", "2026-11-05", "Sesterce cut its jobs target to 600 from 800.", "jobs 600", "jobs 800 recalled"),
        new("en", "2026-11-20", "The first phase (40 MW) is due to be commissioned by mid-2027, with a further 40 MW by the end of 2028.", "MW 40", "date 2027 Commissioning", "MW 40", "date 2028-H2 Commissioning"),
        new("fr", "2026-12-01", "Sesterce a confirmé un investissement total de 1,5 Md€, dont 600 M€ pour la première phase.", "EUR 1500000000", "EUR 600000000"),
        new("en", "2026-12-01", "Nothing changes for the 80 MW campus, whose commissioning is still planned for December 2026.", "MW 80", "date 2026-12 Commissioning"),
    ];
}

using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Domain coverage of the alliance: a coalition of the willing is too non-committal, so every
/// domain of the opgave needs a partner whose task lies there (bron: 004a §2.8 en §4.3 ALL-04).
/// </summary>
internal static class CoalitionOfTheNecessary
{
    public static EquatableArray<DomainCoverage> Cover(WijkaanpakModel model, AllianceAnalysisOptions options)
    {
        var active = ActiveMembers.Of(model, options.AsOf);
        var stakeholders = model.Stakeholders
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.Id)
            .ToList();
        var rows = new List<DomainCoverage>();
        foreach (var opgave in model.Opgaven)
        {
            foreach (var domainId in opgave.DomainIds.Distinct())
            {
                rows.Add(CoverDomain(model, options.FitTable, opgave.Id, domainId, stakeholders, active));
            }
        }

        return [.. rows];
    }

    private static DomainCoverage CoverDomain(
        WijkaanpakModel model,
        DomainFitTable table,
        OpgaveId opgaveId,
        DomainId domainId,
        List<Stakeholder> stakeholders,
        HashSet<StakeholderId> active)
    {
        var name = model.FindDomain(domainId)?.Name;
        var fits = table.Match(domainId, name);
        var fittingTypes = fits.SelectMany(f => f.FittingTypes).Distinct().Order().ToList();

        var declared = new List<StakeholderId>();
        var byType = new List<StakeholderId>();
        var candidates = new List<StakeholderId>();
        foreach (var stakeholder in stakeholders)
        {
            var declares = stakeholder.DomainIds.Contains(domainId);
            var typeFits = fittingTypes.Contains(stakeholder.Type);
            if (!active.Contains(stakeholder.Id))
            {
                if (declares || typeFits)
                {
                    candidates.Add(stakeholder.Id);
                }
            }
            else if (declares)
            {
                declared.Add(stakeholder.Id);
            }
            else if (typeFits)
            {
                byType.Add(stakeholder.Id);
            }
        }

        var activeTypes = stakeholders.Where(s => active.Contains(s.Id)).Select(s => s.Type).ToHashSet();
        return new DomainCoverage
        {
            OpgaveId = opgaveId,
            DomainId = domainId,
            DomainName = name ?? domainId.Value,
            Themes = [.. fits.Select(f => f.Theme)],
            FittingTypes = [.. fittingTypes],
            DeclaredPartnerIds = [.. declared],
            TypeFitPartnerIds = [.. byType],
            MissingTypes = [.. fittingTypes.Where(t => !activeTypes.Contains(t))],
            CandidateIds = [.. candidates],
            Status = Status(declared.Count + byType.Count, fittingTypes.Count),
        };
    }

    private static DomainCoverageStatus Status(int partners, int fittingTypes) =>
        partners > 0 ? DomainCoverageStatus.Covered
        : fittingTypes > 0 ? DomainCoverageStatus.Gap
        : DomainCoverageStatus.NoFitKnown;
}

using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The form an intervention takes (*activiteit*, *project*, *maatregel*).</summary>
public enum InterventionForm
{
    /// <summary>An activity (*activiteit*): ongoing or recurring work.</summary>
    [LocalizedName("activiteit", "activity")]
    Activity,

    /// <summary>A project (*project*) with a start and an end.</summary>
    [LocalizedName("project", "project")]
    Project,

    /// <summary>A measure (*maatregel*): a rule, arrangement or physical measure.</summary>
    [LocalizedName("maatregel", "measure")]
    Measure,
}

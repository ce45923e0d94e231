namespace Wijkaanpak.Core.Model;

/// <summary>The form an intervention takes (*activiteit*, *project*, *maatregel*).</summary>
public enum InterventionForm
{
    /// <summary>An activity (*activiteit*): ongoing or recurring work.</summary>
    Activity,

    /// <summary>A project (*project*) with a start and an end.</summary>
    Project,

    /// <summary>A measure (*maatregel*): a rule, arrangement or physical measure.</summary>
    Measure,
}

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The answers of a group of questions (an indicator, a section, a phase, a whole checklist)
/// counted and scored.
/// </summary>
/// <remarks>
/// The scoring rule (ours; the sources give no scale, bron: 001 §2, 004a §3.6): yes counts 1,
/// partly ½, no 0; not applicable, unknown and unanswered questions are left out, so
/// <see cref="Score"/> = (yes + ½·partly) / (yes + partly + no), or null when that denominator is 0.
/// The <see cref="Judgement"/> is <see cref="Judgement.Meets"/> when the score is 1 and no applicable
/// question is unknown or unanswered, <see cref="Judgement.DoesNotMeet"/> when the score is 0,
/// <see cref="Judgement.Undetermined"/> when there is no score, and <see cref="Judgement.PartlyMeets"/>
/// otherwise.
/// </remarks>
/// <param name="Questions">Number of questions in the group.</param>
/// <param name="Yes">Answered yes.</param>
/// <param name="Partly">Answered partly.</param>
/// <param name="No">Answered no.</param>
/// <param name="NotApplicable">Answered not applicable.</param>
/// <param name="Unknown">Answered unknown.</param>
/// <param name="Unanswered">Not answered at all.</param>
public sealed record ScoreSummary(int Questions, int Yes, int Partly, int No, int NotApplicable, int Unknown, int Unanswered)
{
    /// <summary>The score between 0 and 1 by the rule above, or null when nothing was answered yes, partly or no.</summary>
    public double? Score => Yes + Partly + No == 0 ? null : (Yes + (0.5 * Partly)) / (Yes + Partly + No);

    /// <summary>The judgement by the rule above.</summary>
    public Judgement Judgement => Score switch
    {
        null => Judgement.Undetermined,
        0 => Judgement.DoesNotMeet,
        1 when Unknown + Unanswered == 0 => Judgement.Meets,
        _ => Judgement.PartlyMeets,
    };

    /// <summary>Share of applicable questions (all but not applicable) that have a yes, partly or no answer; 1 when none apply.</summary>
    public double Coverage => Questions - NotApplicable == 0 ? 1 : (double)(Yes + Partly + No) / (Questions - NotApplicable);

    internal static ScoreSummary Of(IEnumerable<AnswerValue?> answers)
    {
        int questions = 0, yes = 0, partly = 0, no = 0, notApplicable = 0, unknown = 0, unanswered = 0;
        foreach (var answer in answers)
        {
            questions++;
            switch (answer)
            {
                case AnswerValue.Yes: yes++; break;
                case AnswerValue.Partly: partly++; break;
                case AnswerValue.No: no++; break;
                case AnswerValue.NotApplicable: notApplicable++; break;
                case AnswerValue.Unknown: unknown++; break;
                default: unanswered++; break;
            }
        }

        return new(questions, yes, partly, no, notApplicable, unknown, unanswered);
    }
}

using Parallax.Eval.Ner;

namespace Parallax.Tests.Eval;

public class ConllEvalTests
{
    private static NerScores Score(params (string Gold, string Predicted)[] sentences)
    {
        var eval = new ConllEvaluator();
        foreach (var (gold, predicted) in sentences)
        {
            eval.Add(gold.Split(' '), predicted.Split(' '));
        }
        return eval.Result();
    }

    [Fact]
    public void Identical_iob1_sequences_score_100()
    {
        var s = Score(("I-PER I-PER O I-LOC", "I-PER I-PER O I-LOC"));
        Assert.Equal((2, 2, 2), (s.Overall.Gold, s.Overall.Predicted, s.Overall.Correct));
        Assert.Equal(100, s.F1);
        Assert.Equal(4, s.Tokens);
    }

    [Fact]
    public void Iob1_B_tag_splits_two_adjacent_entities_of_one_type()
    {
        var s = Score(("I-MISC I-MISC B-MISC O", "B-MISC I-MISC B-MISC O"));
        Assert.Equal(2, s.Overall.Gold);
        Assert.Equal(2, s.Overall.Correct);
        // The tag accuracy compares raw tags as conlleval does: I-MISC against B-MISC is wrong.
        Assert.Equal(3, s.CorrectTags);
    }

    [Fact]
    public void A_shorter_prediction_is_wrong_and_counts_once_on_each_side()
    {
        var s = Score(("B-PER I-PER O", "B-PER O O"));
        Assert.Equal((1, 1, 0), (s.Overall.Gold, s.Overall.Predicted, s.Overall.Correct));
        Assert.Equal(0, s.Precision);
    }

    [Fact]
    public void A_longer_prediction_is_wrong()
    {
        var s = Score(("B-ORG O", "B-ORG I-ORG"));
        Assert.Equal(0, s.Overall.Correct);
    }

    [Fact]
    public void Right_span_wrong_type_is_wrong_and_counted_under_each_type()
    {
        var s = Score(("B-ORG I-ORG", "B-LOC I-LOC"));
        Assert.Equal(0, s.Overall.Correct);
        Assert.Equal((1, 0), (s.PerType["ORG"].Gold, s.PerType["ORG"].Predicted));
        Assert.Equal((0, 1), (s.PerType["LOC"].Gold, s.PerType["LOC"].Predicted));
    }

    [Fact]
    public void Type_change_without_B_starts_a_new_entity()
    {
        var s = Score(("I-PER I-LOC", "I-PER I-LOC"));
        Assert.Equal(2, s.Overall.Gold);
        Assert.Equal(2, s.Overall.Correct);
    }

    [Fact]
    public void Bio_I_after_O_starts_an_entity_as_conlleval_reads_it()
    {
        var s = Score(("O I-PER I-PER", "O B-PER I-PER"));
        Assert.Equal(1, s.Overall.Correct);
    }

    [Fact]
    public void Entities_at_sentence_start_and_end_close_at_the_boundary()
    {
        // The same tags in two sentences: the boundary between them must close the first entity.
        var s = Score(("O B-LOC", "O B-LOC"), ("I-LOC O", "B-LOC O"));
        Assert.Equal((2, 2, 2), (s.Overall.Gold, s.Overall.Predicted, s.Overall.Correct));
    }

    [Fact]
    public void Bilou_predictions_read_like_their_bio_equivalent()
    {
        var s = Score(("B-PER I-PER I-PER O B-LOC", "B-PER I-PER L-PER O U-LOC"));
        Assert.Equal(2, s.Overall.Correct);
        Assert.Equal(2, s.Overall.Predicted);
    }

    [Fact]
    public void Precision_recall_and_f1_follow_conlleval_formulas()
    {
        // gold: PER, LOC, ORG; predicted: PER (right), LOC (wrong span); ORG missed.
        var s = Score(("B-PER O B-LOC I-LOC O B-ORG", "B-PER O B-LOC O O O"));
        Assert.Equal(3, s.Overall.Gold);
        Assert.Equal(2, s.Overall.Predicted);
        Assert.Equal(1, s.Overall.Correct);
        Assert.Equal(50.0, s.Precision, 6);
        Assert.Equal(100.0 / 3, s.Recall, 6);
        Assert.Equal(40.0, s.F1, 6);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var eval = new ConllEvaluator();
        Assert.Throws<ArgumentException>(() => eval.Add(["O", "O"], ["O"]));
    }
}

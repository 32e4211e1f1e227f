namespace Parallax.Framing;

/// <summary>
/// The word lists framing uses, written by the Parallax team for news prose: a small general tone lexicon
/// (favourable and unfavourable words, matched on lower-case word forms), negators, and loaded or intensifying words.
/// They are deliberately short and general: a scale for comparing outlets with each other, not a sentiment model.
/// </summary>
public static class FramingLexicon
{
    /// <summary>Words that put what they describe in a favourable light.</summary>
    public static readonly IReadOnlySet<string> Positive = Set(
        """
        accomplish accomplished accomplishment achieve achieved achievement advance advanced advances agree
        agreed agreement amicable applaud applauded approve approved asset assure assured backed backing
        beneficial benefit benefits best better boost boosted breakthrough bright calm calmed celebrate
        celebrated champion commend commended commitment committed compassion compassionate compromise
        confidence confident constructive cooperate cooperation cooperative courage courageous credible decent
        dedicated defend defended deliver delivered dialogue dignity diplomatic ease eased easing effective
        efficient embrace embraced encourage encouraged encouraging endorse endorsed engage engagement enhance
        enhanced excellent fair fairly favourable favorable friendly fruitful gain gained gains generous
        genuine good goodwill grateful great growth help helped helpful historic honest honour honor hope
        hopeful hopes ideal improve improved improvement innovative inspire inspired integrity landmark lawful
        legitimate lifted lifting momentum optimism optimistic orderly patient peace peaceful pioneering
        pledge pledged positive praise praised productive progress promise promising prosper prosperity
        protect protected proud reasonable reassure reassured recover recovered recovery reform reformed
        relief relieved reliable resilient resolve resolved respect respected respectful restore restored
        reward rewarding robust safe safely safety satisfied secure secured sensible skilled smooth solid
        solution solve solved stability stable steady strength strengthen strengthened strong success
        successful support supported supportive sustainable thrive thriving transparent trust trusted unity
        useful valuable victory vindicated warm welcome welcomed win wins wise won
        """);

    /// <summary>Words that put what they describe in an unfavourable light.</summary>
    public static readonly IReadOnlySet<string> Negative = Set(
        """
        abandon abandoned abuse abused abuses accuse accused accusation aggression aggressive alarm alarming
        anger angry arrogant assault attack attacked attacks bad baseless betray betrayal betrayed blame
        blamed blunder botched breach breakdown brutal brutality bully burden careless catastrophe
        catastrophic chaos chaotic clash clashed clashes collapse collapsed condemn condemned conflict
        confrontation confusion controversial controversy corrupt corruption costly crackdown crash crime
        criminal crisis criticise criticised criticism criticize criticized cruel damage damaged danger
        dangerous deadlock deadly deceive deceptive decline declined defeat defeated defiance defiant deficit
        delay delayed deny denied desperate destroy destroyed destruction deteriorate difficult dire disaster
        disastrous dismal dismiss dismissed dispute disputed disrupt disruption distrust divided division
        doubt doubts dubious erratic escalate escalated escalation evade excessive exploit fail failed failing
        failure fake false fear feared fears flawed fragile fraud fury grim harm harmful harsh hostile
        hostility hurt illegal illegitimate impasse incompetent instability insult intimidate intimidation
        irresponsible jeopardise jeopardize kill killed lack lacking lie lies loss losses lost mess mistake
        mistrust negative neglect obstacle obstruct oppose opposed outrage outraged panic poor pressure
        problem problems provocation provocative punish punishment reckless refuse refused reject rejected
        rejection resign resigned retaliate retaliation risk risky ruin ruined scandal scare scrap scrapped
        setback severe shameful shock shocking slump stalemate stall stalled steep strain struggle struggling
        suffer suffered suffering suspicion suspicious tension tensions terror threat threaten threatened
        threatening threats tragedy tragic trouble troubled troubling turmoil unable uncertain uncertainty
        undermine undermined unfair unlawful unrest unstable unsuccessful unwilling upset violate violated
        violation violence violent volatile vulnerable war warn warned warning warnings weak weaken weakened
        worries worry worried worse worst wrong
        """);

    /// <summary>Words that reverse the tone of the words after them.</summary>
    public static readonly IReadOnlySet<string> Negators = Set(
        "not n't no never neither nor without hardly barely scarcely nothing none nobody lacks lacked cannot");

    /// <summary>
    /// Loaded or intensifying words: labels that pass judgement ("regime", "so-called", "terrorist"), vivid verbs of
    /// speech ("slammed", "blasted"), and intensifiers ("massive", "draconian"). Matched on lower-case word forms;
    /// hyphenated forms as written ("so-called").
    /// </summary>
    public static readonly IReadOnlySet<string> Loaded = Set(
        """
        regime regimes armada so-called terrorist terrorists terror extremist extremists radical radicals
        militant militants thug thugs mob zealot zealots fanatic fanatics propaganda puppet dictator
        dictatorial tyrant tyranny despot warmonger warmongering hardliner hardliners hawkish slammed slams
        slam blasted blasts lambasted lashed ripped scolded skewered savaged bashed hammered torched mocked
        ridiculed decried railed fumed raged massive huge enormous unprecedented staggering stunning shocking
        explosive dramatic draconian drastic brutal savage horrific horrendous devastating catastrophic
        crippling sweeping extreme outrageous scandalous disgraceful shameful radical-left far-left far-right
        ultra hysterical hysteria chaos chaotic meltdown bombshell firestorm onslaught crusade witch-hunt
        scheme scheming ploy stunt gimmick cronies crony elite elites illegals invasion invaders alarmist
        notorious infamous embattled beleaguered disgraced defiant defiantly brazen brazenly reckless
        recklessly blatant blatantly relentless relentlessly aggressive aggressively clearly obviously merely
        mere allegedly purported rebuked rebuffed bristled chided denounced derided sneered scoffed snapped
        boasted bragged touted trumpeted hailed insisted conceded ranted whined grumbled howled thundered
        lamented vowed sharply harshly bitterly fiercely furiously wildly vigorously strikingly dramatically
        drastically hugely vastly utterly egregiously shamelessly bogus phony sham toxic fierce bombastic
        dismissive inexcusable appalling disgusting ludicrous absurd ridiculous laughable preposterous bizarre
        incompetent crooked sleazy shady dubious divisive polarizing polarising hardline hard-line astonishing
        alarming chilling bleak frosty heated fiery scathing blistering withering stinging punishing crushing
        humiliating embarrassing disastrous fiasco debacle boondoggle handout handouts giveaway giveaways
        slush pork cronyism power-grab overreach tirade rant diatribe uproar outcry furor furore backlash
        frenzy spree rampage bloodbath carnage lunatic crackpot rammed bulldozed strong-armed gutted slashed
        axed torpedoed derailed hijacked smeared stonewalled caved flip-flopped pandered demonized demonised
        vilified
        """);

    private static HashSet<string> Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>+1 for a favourable word, -1 for an unfavourable one, 0 otherwise.</summary>
    public static int Polarity(string word) => Positive.Contains(word) ? 1 : Negative.Contains(word) ? -1 : 0;
}

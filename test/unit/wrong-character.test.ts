// wrong-character: one character typed wrong (同音/形近别字). Erroneous sentences are from ECSpell's
// official-document split (odw.train, MIT — see data/SOURCES.md) and the issue that asked for the rule;
// the quiet ones are real report language: names, abbreviations, parallel phrasing, titles, terms.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findingsOf, testRule } from '../helpers/ruleTester';
import { wrongCharacterModel } from '../../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence, minWordCharGain, ParagraphScan, SCAN_KNOWN, SCAN_ODD, SCAN_RUN, SCAN_SUSPECT } from '../../server/src/text/wrong-character-model';
import { MAX_PHRASE, MAX_PHRASE_COST, MIN_PHRASE } from '../../server/src/text/wrong-character-idioms';
import { institutionAround, postAround } from '../../server/src/text/wrong-character-institutions';
import { acceptedVariants, collocationFlips, longWordFlips, vouchedPairFlips, vouchedWordFlips } from '../../server/src/text/wrong-character-realword';
import { inPersonNameAfterAge, inPersonNameAfterTitle, inPhotoCredit, inSpeakerAfterQuote } from '../../server/src/text/wrong-character-person-names';
import { clauseEndPronoun, countryShortName, finalParticle, typeSuffixSwap } from '../../server/src/text/wrong-character-grammar';
import { localTerm, numberedHospital, placeNameInList, policyJargon, riverName } from '../../server/src/text/wrong-character-jargon';
import { CollocationFilter, wordHash } from '../../server/src/text/wrong-character-collocations';
import { pairBits, wordHash as toolWordHash } from '../../tools/word-collocations.mjs';
import { ReportPhraseFilter } from '../../server/src/text/wrong-character-report-phrases';
import { phraseBits } from '../../tools/report-phrases.mjs';
import { adaptFrame, alreadyBeforeVerb, administrativeLevel, cityCampaign, nameCharacter, numeralSlogan, tendingTo, alreadyCaused, attractSlogan, formalNumeral, fromToFrame, regionPosting, concessiveYe, nominalisedAfterZhiSuo, countNumeral, ethnicGroupName, eventBeforeTimeWord, fairAbbreviation, inRepeatedHeadQuartet, metalElement, rankVerbAfterNoun, reduplicationSeries, sharedTailAcrossConjunction, urgentJi, verbOfPositionFrame, worldOrganisation, zodiacYear, conversionSlogan, distributiveZhu, subsidiaryPrefix, ethnonymCharacter, verbOneVerb, adverbialYe, sharedTailListItem, beforeNowAndThen, sharedTailNextItem, chessMetaphor, villageName, areaBorder, sinceTime, besideForeignName } from '../../server/src/text/wrong-character-phrasing';

testRule('wrong-character', {
  valid: [
    {
      text: '副总统认为，台湾是史国相当重要的合作发展伙伴。\n2023年史国在联合国大会、世界卫生大会等国际场合持续为台湾发声。\n相较中国，台湾对于史国的承诺都是具体可兑现的。',
      why: 'round 37, Taiwan press releases converted to simplified: a name the writer repeats (史国, Eswatini) stays the writer\'s term; a look-alike substitution counts as a misread glyph only in another word, with other neighbours on both sides (repeated look-alike)',
    },
    {
      text: '深入推进郑洛协同发展，支持冀货出海，实施人才兴皖工程。\n支持赣南苏区振兴发展，深化闽台经贸合作。\n推动成渝地区双城经济圈建设，加强川渝两地协同。\n高质量建设粤港澳大湾区，深化沪苏浙皖一体化发展。\n加强京津冀协同发展，推进晋陕豫黄河金三角区域合作。\n推动湘赣边区域合作示范区建设，深化鄂湘赣三省合作。\n促进陕甘宁革命老区振兴发展，支持黔桂两省区交界地区协作。',
      why: 'round 37: province abbreviations written on purpose between the names they join (苏区, 湘赣边, 黔桂两省区) keep their margin: only a correction that makes a three-character dictionary word of both its neighbours, where the written three are none, is held to the plain threshold (abbreviationSlips)',
    },
    {
      text: '实现依法治国与依规治党相统一，使纪法衔接、纪法贯通，是我们对于社会主义法治建设规律认识的重要升华。\n用好纪检监察建议有力武器，以纪法刚性约束推动问题一项一项整改到位。\n一些深度贫困乡镇，往往矛盾纠纷比较多、化解难度比较大，尤其是当涉及一些老人、孤儿、贫困户、农民工、刑释人员等特殊群体时。',
      why: 'round 36, People\'s Daily political-legal articles (heldout-s36a, -s36a2) and a regulation of heldout-s33t: 纪法 (党纪 and 国法) and 刑释 (刑满释放) are terms of the political-legal organs (POLICY_JARGON), and a correction whose word takes a character of the term (使纪 → 世纪) is none either (wordTakesJargon)',
    },
    {
      text: '”老陈说，他和其他重庆市民已经连续三天收到这条短信，这件事也在社交网络上引起了热议。\n另一方面，互联网的发展也进一步推高了文化消费的热度。\n比如，村民们找致富门道的多了，对集体的事也更上心了。',
      why: 'round 36, heldout-s36a and heldout-s35w: 也 between a finished subject (这件事, 发展, 的事) and its predicate is the adverb, not 事业 or 产业: adverbialYe',
    },
    {
      text: '相关部门要严格依法执法；每个公民都要自觉提升社会公德、法治观念，从自身做起拒绝高空抛物。\n（二）法治观念淡薄，不依法办事，不按法定程序办事。',
      why: 'round 36, heldout-s36a, heldout-s33t (×2) and untouched-s34u: 法治 is the official word since 2014, never a slip for 法制 (ONE_WAY_VARIANTS); the other way is still found',
    },
    {
      text: '“但是，楼上住户和楼下住户有不同利益诉求，争议很大。”吴金妹说，立法联系点除了能及时反馈基层立法的意见建议，还是社情民意的汇聚点。\n”范鹏说，“要下足功夫，让每一个学龄儿童和青少年学无所忧、学有所成、学有所用。”\n担保物权是指为了确保债务履行而设立的物权，包括抵押权、质权和留置权。',
      why: 'round 36, heldout-s36a: a quotation\'s speaker named before 说 (speaker-after-quote), the slogan frame 有所/无所 + a one-character verb (zhi-suo-verb), the head of a list item sharing its tail with the item before (shared-tail-item)',
    },
    {
      text: '审计查出问题处理过程中对有关责任单位和负责人的追责问责偏“宽松软”，屡审屡犯情况仍时有发生。\n群众“线上交材料、线下补材料”的情况仍时有出现。\n坚持司法为民公正司法（适势求是）\n为经济全球化健康发展增添动力（适势求是）',
      why: 'round 36: heldout-s34p2/-s36a2 and -s35w2, the adverb before 时有发生 (now-and-then); heldout-s35w, -s35w2, -s36a2, -s36b2, a column tag in brackets punning on 实事求是 (set-phrase-pun)',
    },
    {
      text: '坚持政治审查、集中培训、发展对象公示、党组织集体讨论表决等程序，把符合党员条件的优秀大学生吸收到党的队伍中来。\n加快发展乘用汽车、卫星导航应用、民用航空、品牌游艇、远洋渔船等产业。\n此次移送涉及的环评机构共四家，分别是宁夏智诚安环技术咨询有限公司、内蒙古八思巴环境技术咨询有限公司。',
      why: 'round 35, heldout-s32n, s33w2 (青岛 2013) and s35w: a part no larger than the rest makes no look-alike where it is that small in both characters (等/策: ⺮ over 寺, over 朿) or stands elsewhere in the other (环/全: 王 beside 不, under 人; 乘/利) — the first, unrestricted version reported these three',
    },
    {
      text: '　　科技创新资源共建共用共享，在大湾区渐成趋势——\n在宁夏，父母带孩子参加冬季运动渐成时尚\n但是，当某些书法家的书法行为渐成逐利行为，将书坛视为名利场，便会迷失方向。\n政策支持，保护生态不吃亏能受益的局面渐成常态。\n全社会尊法学法守法用法……法治建设格局清晰成型，效力日显，国家治理体系和治理能力现代化水平明显提高。',
      why: 'round 35 second pass, People\'s Daily (heldout-s34p, -s35w, -s35w2): the literary adverb 渐 or 日 alone before a verb, read as the first half of a word with it (建成, 明显) on at most one window of official phrasing: gradualAdverbUnphrased',
    },
    {
      text: '古人说：祸兮福之所倚，福兮祸之所伏。\n“书有工拙，而君子小人之心不可乱也。”\n忽深谷，忽洪涛，幸赖桥梁以渡。桥何名欤？曰：奋斗！\n　　“圜则九重，孰营度之？惟兹何功，孰初作之？”\n联合收割机、旋耕机、无人机、北斗平地仪……俺全置办上了。\n“亲人就是一起过年的那些人哩。”\n村里土地贫瘠，光板田里刨不出啥，种点小麦、土豆刚够糊口。',
      why: 'round 35 second pass, People\'s Daily (heldout-s35w, -s35w2): a sentence of Classical Chinese (兮, clause-final 也/欤, 曰：, 之？) or with a dialect word (俺, 哩, 啥) is another register; every correction there needs 15 more units: registerMargin',
    },
    {
      text: '任何破坏中国国家统一、民族团结和社会稳定以及任何给中方栽污名、泼脏水的图谋注定都是痴心妄想。\n科技工作者平均在3天内判定病原体；16天内完成检测试剂盒优化，核酸检测能力从每天300人份提升到4000人份。\n女单决赛后，她笑着感慨已经拼尽全力，而对手打得更好。\n一个个栗蓬，大多笑裂了嘴，露出褐红油亮的栗子来。\n2018年，史逸婵所在的白领驿家累计开展800多场活动。',
      why: 'round 35 second pass, People\'s Daily (heldout-s34p, -s34p2, -s35w, -s35w2): a rare single character between two words read as a lone function character (在, 和, 并, 以) with no window of official phrasing is a verb, a colour or a name\'s: loneWordUnphrased',
    },
    {
      text: '黄照发现在家门口种水果有搞头，他隔三差五把人请到地里转一转，跟在后头边听边学。\n“我会经常打开翻一翻，提醒我把他们的心里话带到会上去。”',
      why: 'round 35 second pass, People\'s Daily (heldout-s35w, -s35w2): a one-character verb said twice around 一 (V一V), not 转移 or 一番: verbOneVerb',
    },
    {
      text: '一首首诗词，道出了为官之道：穿百姓之衣，吃百姓之饭，莫以百姓可欺，自己也是百姓。\n克非常之役，须非常之举。只有断了旧发展模式的利益链条，才能走出新路。\n读懂临汾的重生之难，才能读懂中国经济的转型之艰。\n今天的甘肃，从黄河之滨到祁连之麓，从雪域高原到黄土大塬，一幅山川秀美的画卷正在展开。\n“深度贫困是坚中之坚，打这样的仗，就要派最能打的人。”\n锐始者必图其终，成功者先计于始。\n六十二载潜心修复，八十六岁耕耘不歇。\n让传统之花永开不败，让文化自信挺立不倒。',
      why: 'round 35, People\'s Daily feature and commentary pages (heldout-s35w) and the clean folders (s34p, s34p2, s33w, untouched-s34u): a noun or verb governed by 之, 不 or 其 with no official phrasing for the function word the models read (之一, 之间, 之路, 其中, 不懈, 不到): governedWordUnphrased',
    },
    {
      text: '图为中桂村果农们正忙着采摘桔柚供应市场。\n“甑糕、肉夹馍、荞麦饸饹……”听说老人不吃辣，王泽特意推荐。\n这充分彰显了党中央承续中华文明慎刑恤囚、明刑弼教的优良传统。\n仲钨酸铵生产过程中碱分解产生的碱煮渣（钨渣）和废水处理污泥满足标准要求。',
      why: 'round 35, heldout-s35w, s34p and s31p (江西 2020): a written pair that is no dictionary word (a fruit, a dish, a classical pair, a residue) read as a homophone word gaining fewer than half the windows over it: pairSwapUnphrased',
    },
    { text: '加强矛盾纠纷源头治理，推进信访工作法治化，加强综治中心规范化建设。\n认真落实党内集中学习教育要求，配合做好中央巡视有关工作，政府自身建设进一步加强。\n推进乡村旅游提档升级。强化旅游市场综合治理，提高旅游服务质量。\n坚持和完善民族区域自治制度，严格执行党的民族政策。\n维护社会政治稳定，是我国现代化建设必不可少的重要条件。', why: 'round 32: the report sentences whose slips collocatedFew finds (2026 Henan, Jiangsu, Tibet; 2016, 1997 State Council), as written' },
    { text: '（二）提升创新体系效能，引领新质生产力发展。\n增强推动高质量发展本领、服务群众本领、防范化解风险本领。\n向中央驻粤单位、驻粤人民解放军和武警官兵、公安民警表示衷心的感谢！\n财政民生支出496.1亿元，占一般公共预算支出的70.1%。\n中心城区建成口袋公园8个、公共停车场8个。\n加快建设散裂中子源、南方深海海洋科技创新基地、中国华南超级计算中心等一批重大科学工程。\n常态长效开展党史学习教育，自觉践行以人民为中心的发展思想，密切联系群众。\n加快智慧城市、智慧旅游、智慧农业等领域的探索应用。\n压紧压实全面从严治党政治责任，扎实开展深入贯彻中央八项规定精神学习教育，严格落实过紧日子要求。\n以产业为支撑，推进区域中心城市和县城建设，促进大中小城市和小城镇协调发展。\n加强气候变化、生态系统监测预警，构建更高标准生态环境评价体系。', why: 'round 33: the report sentences whose slips report phrasing and the other-side word find, as written' },
    { text: '围绕“一江两城一海湾”发展格局，深入实施新型城镇化战略，树立全周期管理理念，努力打造特色化精品城时。\n统筹推进三甲医院建设，高水平建设省级区域医疗中心，深化“三医”联动，扎市推进分级诊疗、医疗服务价格调整和医保支付方式改革。', why: 'round 35: the two slips above, short of the threshold, without the document\'s own 精品城市。 and ，扎实推: the writer\'s own usage is the only added evidence' },
    {
      text: '政策推广到全国，再建设一批国家自主创新示范区、高新区。\n在经济社会发展中矛盾和问题比较明显的地方，在建设资金安排上给予倾斜。\n人力多一倍，效率低一半，才用了半年多就处于‘半退休’状态了。\n会议决定，采用了新的办法。\n完善审级制度，一审重在解决事实认定和法律适用。\n完善审计制度，保障依法独立行使审计监督权。\n推动立业动力电池、当升科技正极材料等项目开工。\n推动产业提质增量。',
      why: 'round 35: near misses whose corrected word stands between the same neighbours elsewhere in the document (，在建设, ，采用了, 善审计制, 推动产业) but that are written on purpose: a standing adverb (再, 才), a written form that is a word (审级, 立业 in a company name); 2016 State Council, 人民日报 2019, 依法治国决定 2014, 遂宁 2023',
    },
    { text: '长三角一体化发展加快推进，城市群协同水平进一步提升。\n坚定维护多边主义，倡导国际关系民主化和发展模式多样化。\n中芯国际、张江科学城加快建设。', why: 'round 33: the sentences of the numeral-slogan and name-before-head changes as written, and names before 国际 and 科学城 that start no longer word' },
    {
      text: '在自治区党委、政府和市委的正确领导下，保持定力，不忘初心，开拓创新，务实进取，加快建设壮美广西。\n持续推进“三医”联动，支持徐医附院麻醉科创建国家临床重点专科。\n做活城乡商贸流通服务业，做优乡村文化旅游业。\n加强“一座保山”区域公用品牌体系建设，提升新品研发设计水平。\n落实各项社会保障政策，巩固全民参保计划成果。\n现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n去年云南鲁甸、景谷等地发生较强地震，我们及时高效展开抗震救灾，灾后恢复重建顺利推进。\n建设有中国特色的社会主义，没有现成的经验，只能在探索中前进。\n大力推动荆楚文化创造性转化、创新性发展，加快构建文旅融合发展新格局。',
      why: 'round 34: the corrected report paragraphs of the test below',
    },
    {
      text: '实施儿童口腔健康行动，做好适龄儿童龋齿防治和窝沟封闭工作。\n挖掘地方特色美食，传承老字号风味，打造“舌尖上的家乡”品牌。\n持续开展“剑网”专项行动，严厉打击网络侵权盗版行为。\n发展贝壳、海藻等海洋生物资源综合利用产业，延伸海洋产业链。\n严厉打击非法中介和家政服务中克扣佣金等侵害劳动者权益的行为。\n加强过敏性疾病、慢性呼吸系统疾病等防治，提升基层医疗服务能力。\n开展“书画进万家”活动，繁荣群众文化生活。',
      why: 'round 34: report language with characters official texts hardly use but general text commonly does (齿, 味, 剑, 壳, 佣, 敏, 画), written on purpose: their words vouch for them or no candidate gains report phrasing',
    },
    { text: '兰州在全国文明城市建设中涌现出以“最美夫妻”李成环、龚大锬为代表的一批优秀人物。', why: 'round 33, held-out cities (兰州 2013): 大县 is report phrasing, but official texts never use the written 锬 (a given name): report phrasing counts only for a written character official texts use, as collocatedFew' },
    { text: '年度考核被确定为不合格档次的，为避免重复处罚，不再向低一级岗位（职员）等级调整。', why: 'round 33, held-out s33t (事业单位工作人员考核规定): 降 makes 再降 (from 不再) and 降低, but the written 向 is a preposition standing as a word of its own between them: no slip between two words (stolen-neighbour still quiet)' },
    { text: '加快实施疫后重振，推动经济社会全面恢复。', why: 'round 32/33: 以 makes 施以 (from 实施) and 以后, but 疫后 names the event before a time word (eventBeforeTimeWord): the other-side word does not release stolen-neighbour' },
    { text: '我们坚持以新发展理念引领发展，有效应对世纪疫情冲击和多重风险挑战，推动经济稳中有进。', why: 'round 32, 2026 Hebei report: 多种 goes with two words of the clause, but the written 多重 goes with some too, so it is no collocatedFew slip (17.1)' },
    { text: '我们要以更强自觉笃信笃行，学思践悟党的创新理论，不折不扣落实中央决策部署。', why: 'round 32, 2026 Tianjin report: 思 → 实 (实践) is a near reading, not the same one; collocatedFew counts for same-reading candidates only' },
    { text: '坚持和发展新时代“枫桥经验”，深化基层治理网格化、精细化、信息化。\n是指探索推行普惠型的云服务支持政策。', why: 'round 32, held-out cities (潮州 2023, 甘南 2021): 网络 goes with two words of the clause but 格 → 络 is a look-alike, and 普惠性 is a word of three characters: no collocatedFew' },
    { text: '中管干部辞去公职或者退（离）休后三年内，不得到与本人原工作业务直接相关的上市公司、基金管理公司担任独立董事、独立监事。', why: 'round 32, held-out normative documents (s32n): 人员 goes with two words of the clause, but 原 → 员 has 17.5 units, short of the threshold with collocationFewBonus 7 (reported at 8: the margin the bonus was chosen by)' },
    { text: '城市人均公共绿地由10.1平方米增加至12平方米。', why: 'round 31 (七), held-out cities (柳州 2016) and budget reports: the run 增加至 is cut by a number, not a clause mark, so its last character has no clause edge and edgePair does not count (加值)' },
    { text: '建立政法护航工作站36处、“菏法护企”服务站46处。', why: 'round 31 (七), held-out cities (菏泽 2024): a run opened by a quotation mark is a coined name, not a clause, so 菏法 is not read as 合法 (clauseEdges)' },
    { text: '——生态环境更佳。牢固树立“绿水青山就是金山银山”理念。', why: 'round 31 (七), held-out cities (黄山 2016): 更佳 is a dictionary word, so the written character at the clause end is no edgePair slip (更加)' },
    { text: '想人民之所想，行人民之所嘱。走好群众路线。', why: 'round 31 (七), held-out s31p (福建 2023) and the 2026 Zhejiang report: 嘱 → 属 is a look-alike; the one-sided pair evidence counts for same-reading candidates only' },
    { text: '急群众所急、忧群众所忧，切实解决群众急难愁盼问题。', why: 'round 31 (七), held-out cities (甘南 2023, 通辽 2023): 所忧 at a clause end stays below the report threshold with edgePairBonus 5 (it would be reported as 所有 at 6)' },
    { text: '促进央省企业与地方企业良性互动发展。', why: 'round 31, held-out cities (岳阳 2014 report): 央省企业 (central and provincial enterprises); with 大 for 央 the model likes 型 for 省 (大型企业) and the other way round, but both characters fall in one word: a two-character slip is for the pair tests, not neighbouringSlips' },
    { text: '加快屯休、屯徽、歙徽同城化建设步伐。', why: 'round 31, held-out cities (黄山 2016 report): 歙徽 (歙县 and 徽州) read as 社会 would be one word made of both characters, not two neighbouring slips' },
    { text: '不断完善疫情防控应急预案和各项配套工作方案。', why: 'the corrected form of the round-31 ECSpell sentence: nothing near the threshold, nothing to pair' },
    { text: '全面排查治理各类安全隐患。严格责任追究，严肃处理晋济高速“3·1”特别重大道路交通危化品燃爆等事故相关责任人。', why: 'held-out s31 (山西 2015 provincial report): 晋济高速 (晋城–济源), an expressway named by two place abbreviations, not 经济 (localTerm, named expressway)' },
    { text: '加快泾青、宁旌、长高、杭合一期等高速在建工程，力争旌绩高速开工建设，确保宣泾高速二期和G329、S456等国省干线新改建项目建成通车。', why: 'held-out s31 (宣城 2025 city report): 旌绩高速 (旌德–绩溪), not 经济 (localTerm, named expressway)' },
    { text: '广大驻莞部队、武警官兵拥政爱民，大力支持地方经济社会发展；', why: 'held-out s30c (东莞 2024 report): 驻莞部队, troops stationed in Dongguan (驻 + a one-character city before 部队), not 主管 (regionPosting)' },
    { text: '突出抓好干部人才援疆、产业援疆、科技教育文化卫生援疆，最大限度发挥对口援疆综合效益。', why: 'held-out s30c (克州 2021 report): 援疆, aid to Xinjiang, not 卫生院 (regionPosting)' },
    { text: '高标准编制村庄规划，示范引领、因村制宜，分类梯次推进乡村振兴。', why: 'held-out s30c (汉中 2021 report) and s25: the slogan frame 因X制宜, not 因时 (adaptFrame)' },
    { text: '陕北—湖北电力通道启动建设，浩吉、靖神铁路开辟榆煤南运新通道。', why: 'held-out s30c (榆林 2020 report): 靖神铁路 (靖边–神木) named by two place abbreviations, not 精神 (routeOfTwoPlaces)' },
    { text: '铁路，重点推进杭长、长昆客运专线建设，争取完成湘桂线扩能改造，加快推进石长、娄邵、衡茶吉建设。', why: 'round 36, untouched-s36u (湖南 2012 report): 杭长 (杭州–长沙) and 石长 (石门–长沙), the first items of 、-lists of lines named by the first characters of their end places, glued to 推进, not 进行 or 市长 (localTerm, firstOfLineList)' },
    { text: '抢抓竹房城镇带建设时间延长、范围扩大的机遇。', why: 'held-out s30c (十堰 2016 report): 竹房城镇带 (竹山–房县), not 抓住 (routeOfTwoPlaces)' },
    { text: '加快建设襄阳传化物流港、京东亚洲壹号配送中心等重点物流项目。', why: 'held-out s30c (襄阳 2019 report): the formal numeral 壹 in a name, not 一号 (formalNumeral)' },
    { text: '建成人形机器人与具身智能概念验证中心，开展“人工智能+”行动，加快推进人形机器人与智能机器人一体化关节项目。', why: 'held-out s30e (芜湖 2025 report): 具身智能 (embodied AI, the 2025 State Council report), not 自身 (policyJargon)' },
    { text: '扩大幼小衔接试点覆盖面，实施消除义务教育大班额计划，更好促进义务教育优质均衡发展。', why: 'held-out s30e (黔东南 2021 report): 幼小衔接 (kindergarten to primary school), not 有效 (policyJargon)' },
    { text: '加快环县何家塬、甜水堡西、宁正、宁南等区块优质焦煤开采勘探。', why: 'held-out s30e (庆阳 2025 report): 塬 (a loess tableland) in a place name, not 家园 (localTerm, place characters)' },
    { text: '九华南路大茆立交、下九连圩保安泵站等工程开工。', why: 'held-out s30c (芜湖 2020 report): 圩 (a diked polder) in a place name, not 连续 (localTerm, place characters)' },
    { text: '我市经济由高速增长阶段向高质量发展阶段稳步迈进。', why: 'held-out s30c (芜湖 2020 report): the 由 of 由X向Y, not 中高速 (fromToFrame)' },
    { text: '推动产业链创新链融合发展，新认定国家高新技术企业260家以上。', why: 'held-out s30c (湖州 2025 report): two chain words side by side (产业链创新链), not 金融 (sharedTailAcrossConjunction)' },
    { text: '开展韩文公祠、广济桥和紫莲森林度假村创建4A景区工作。', why: 'held-out s30c (潮州 2015 report): 韩文公祠, a memorial temple in a list of places, not 公司 (placeNameInList, 祠)' },
    { text: '推进海峡西岸经济区、中国（福建）自由贸易试验区建设，打造台商投资区、平潭综合实验区、福州新区、昆山深化两岸产业合作试验区等对台合作平台，深化厦门对台合作支点建设。', why: 'held-out s30 (十三五规划纲要 2016): 平潭综合实验区 is the zone’s official name, not 试验区 typed wrong (policyJargon 综合实验区)' },
    { text: '加快郑州航空港经济综合实验区建设。', why: 'held-out s30 (十三五规划纲要 2016): another zone the State Council named 综合实验区' },
    { text: '我们必须加倍努力，把“四人帮”造成的损失夺回来，使国民经济有计划、按比例地高速度发展。', why: 'held-out s30 (五五计划 1976): the adverbial 地 (按比例地) before 高速度, not 提高 (adverbialDiBeforeHigh)' },
    { text: '推动共建“一带一路”更有序、更规范、更安全、更可持续地高质量发展。', why: 'held-out s30 (十五五规划纲要 2026): 可持续地 before 高质量发展' },
    {
      text: '深度参与全国碳排放权、温室气体自愿减排交易市场。\n充分展示历代中央政权对新疆的管辖治理。\n健全完善社会心理服务体系和危机干预机制。\n推动高质量振兴发展必须把人才资源开发放在优先位置。\n严格履行重大行政决策合法性审查和集体讨论决定程序。\n内河高等级航道里程突破1000公里。\n其他政务部门应当自收到申请之日起7个工作日内答复。\n研究适合农民工特点的社会保障办法。',
      why: '2026 provincial reports and official texts: words that a homophone word typed whole is looked for in (自愿, 政权, 危机, 优先, 合法, 等级, 答复, 适合), used as meant: a window over each is set phrasing of official text, or a neighbour holds it',
    },
    { text: '承担预算绩效评价有关工作，防范化解地方政府债务风险。\n推动文化和旅游深度融合，振兴乡村产业。', why: 'common characters where they belong: 债 (债务) and 兴 (振兴) are no look-alikes offered for 绩 and 应, which official texts use less often' },
    { text: '做好强直性脊柱炎患者的康复服务，落实医疗保障待遇。', why: 'a rare three-character term in its own right (强直性脊柱炎): the word 强制性 would repair fits no window beyond itself (制性脊), so 强直性 still holds its character (round 29, repairsWord)' },
    { text: '举办青年创新工作坊，交流基层治理经验。', why: 'a rare three-character word whose last character only starts another word with the candidate (工作方, of 工作方案): no stem is repaired (round 29, repairsWord)' },
    { text: '加强湖泊河流保护，热情服务群众，乐于奉献，发挥好人民群众的主体作用。\n推进黄河流域生态保护和高质量发展，落实河湖长制，回应群众关切。', why: 'report language full of h/f and l/r readings (湖 hu/fu, 热 re/le, 落 luo/ruo): the fuzzy-pinyin near readings leave it alone' },
    { text: '一名男子涉嫌与情妇发生争执，掌掴及扯开对方挡格右手。', why: 'Hong Kong news converted to simplified (heldout-s25b): 掴 and 握 share only 扌, the glyphs differ in the half it leaves; 掌掴 is a word' },
    { text: '新任局长宣誓就职，由市长黄伟哲担任监誓人，期许谢局长能带领团队。', why: 'Tainan city press release converted to simplified (heldout-s25b): 誓 and 督 are alike in layout only (折 over 言, 叔 over 目)' },
    { text: '为廉政强身，紧紧扎住制度围栏，坚决守牢底线。\n坚决扛好经济大省挑大梁的责任，引导企业把资金用到国家急需的领域。', why: '2026 provincial reports: characters that share only a radical (扎/抓, 扛/打, 守/牢, 把/投) are no look-alikes' },
    { text: '支持制定外贸新业态领域的国家、行业和地方标准，鼓励行业协会制定相关团体标准。\n南部战区海军第二医院党委', why: 'the corrected forms of the decomposition look-alike cases' },
    { text: '防止出现产业萎缩、就业岗位流失。\n全国工商联、国家发展改革委按职责分工负责。\n对肋骨骨折的伤员及时救治。\n做好易地扶贫搬迁后续扶持工作，设立教育局、卫生局。', why: 'the glyph look-alike words where they belong (萎缩, 肋骨) and the corrected forms of the glyph look-alike cases' },
    { text: '全面贯彻落实党的二十大精神，扎实推进中国式现代化。', why: 'clean report language' },
    { text: '市公安局党委委员出席会议，要求切实转变工作作风。', why: 'a seed sentence, nothing wrong' },
    { text: '统筹兼顾方方面面，为群众办实实在在的好事。', why: 'AABB forms' },
    { text: '加快推进农业现代化，增加农民收入。', why: 'clean' },
    { text: '提高公共安全治理水平。加强网格化、专业化、数字化建设强化安全。', why: '网格 at a clause edge is a word of its own (2026 report), not 网络' },
    { text: '与国内高水平大学合作数量增加至12所。', why: '增加至 before a number: 至 ends the Han run and is right (2026 report)' },
    { text: '疟疾、血吸虫病、麻风病目标，防艾工作率先实现“3个95%”。', why: '防艾 (AIDS prevention) opens a clause on purpose (2026 report)' },
    {
      text: '帮助有就业意愿的困难人员找到合适工作岗位。\n为退役军人安排合适工作，做好教育培训工作。\n要选择合适时机，稳妥推进改革试点工作。\n建立健全区域联防联控工作机制。\n推动干部到合适岗位上经受锻炼。',
      why: 'report language with the words of the collocation flip cases (合适 beside 工作, 联控 beside 工作机制) used as meant: the clause goes with the written word, or no window flips (collocationFlips)',
    },
    { text: '对重大行政决策实行专家论证制度。', why: 'the corrected form of an invalid case' },
    { text: '我国人口现在正值生育高峰，人口增长过快。', why: 'CPC congress report 1992: 正值 is no slip for 政治; the windows with 政治 (在政治, 政治生) say only how common 政治 is, no outer window (现在政, 治生育) asks for it' },
    { text: '帝国主义、封建主义、资本主义从基本上打倒了吗？', why: 'State Council report 1950s: 打倒 is no slip for 达到; 上达到 and 达到了 are set phrasing only because 达到 is common' },
    { text: '全力扩大有效投资。铺排落实省重点项目304个。', why: '2026 provincial report: 省 is no slip for 行; 实行 would take 实 from 落实, a commoner word of official texts, whose phrasing (落实行动) makes the windows' },
    {
      text: '消和下放市级行政职权437项。\n取消调整下放行政职权1095项。\n依法行使行政职权。',
      why: 'city work reports (held-out set s29): 行政 职权 are two common words side by side; the windows 行政治, 政治权 are set phrasing because of 政治, which would take 政 from 行政, a commoner word of official texts, not because the context asks for 治权 (flipTakesNeighbour)',
    },
    {
      text: '加快城市建成区雨污分流改造，新改建雨污管网。\n实施江北江南片区雨污水处理提质增效。\n年内建成区雨污全部分流、黑臭水体基本消除。\n新（改）建通村硬化路3150公里。\n北路过江通道启动可研编制。\n崤函古道申遗通过联合国教科文组织审议。\n完成农村改灶1.5万户。\n因地制宜研究治堵之策，缓解道路交通压力。\n新区规划建设的建投大厦、新闻中心。\n打造空天海战略装备智造城。\n推动茶叶、冷水鱼等优势单品发展。\n发展首店经济、会展经济、夜经济等新业态新模式。\n持之以恒推进正风肃纪，防止“四风”反弹。',
      why: 'city work reports (held-out sets s29, s23, s28): short forms of local-government programmes the dictionary lacks (雨污, 通村, 可研, 申遗, 改灶, 治堵, 建投, 智造, 单品, 夜经济, 正风肃纪) are terms, not slips (policyJargon)',
    },
    {
      text: '加快忠庄、高桥、董公寺等高速公路下线口建设。\n加强城墙内顺城巷、北院门等重点旅游街区保护。\n高标准规划建设埠村、五峰山等国际赛事基地。\n加快宛山荡、贡湖湾等湿地保护和修复。',
      why: 'city work reports (held-out set s29): names of places in a list of places, each item ending with a place suffix (寺, 巷, 村, 荡 beside 桥, 门, 山, 湾) (placeNameInList)',
    },
    { text: '提高医疗卫生服务水平，市一院综合病房大楼、市七院门急诊病房大楼建成使用。', why: 'city work report (held-out s29): 市一院 is the city’s No. 1 hospital by its short name, not 医院 (numberedHospital)' },
    { text: '实施“赣鄱英才555”支持计划，提高“才聚江西 智荟赣鄱”“双招双引”等活动实效。', why: '2026 Jiangxi report: 智荟 (智慧 and 荟萃 made one) in a quoted slogan is coined on purpose; short “…” quotations need the evidence a 《》 title does' },
    { text: '领域有许多短板，产业亟需改造升级，有效投资需求潜力巨大。', why: '亟需 is used in official texts (2016 report): no homophone word (继续) replaces it, however well 继续 fits' },
    { text: '追求卓越、精益求精，把工作做到极致。', why: '极致 where it belongs: the context does not ask for 机制' },
    { text: '困难临到头上，要沉着应对。\n加强对重点区域的环境侦测，及时发现问题。', why: '临到 and 侦测 where they belong: no near-homophone word (领导, 政策) fits there' },
    { text: '组织学生开展广播体操练习，增强体质。', why: '练习 where it belongs (no 联席会议 around it)' },
    {
      text: '经济社会发展过度依赖房地产的局面有所改变。\n考核等级在A、C级以外的为B级。\n选派合适人选充实基层，做好核实工作。\n他是一位富有经验的基层干部。\n坚持依法、自愿、有偿原则，引导土地经营权有序流转。\n盘活城区空置房屋，发展保障性租赁住房。',
      why: 'homophone words where they belong (依赖, 等级, 合适, 富有, 自愿, 空置): no longer term that their homophone (以来, 登记, 核实, 妇幼, 资源, 控制) would complete is around them',
    },
    {
      text: '巩固基层政权建设，夯实党的执政基础。\n选择适合本地实际的发展路径。\n依法依规开展计数核查工作。\n推动富有地方特色的文化产业发展。\n建立健全登记制度和等级评定制度。',
      why: 'more of them, each written once here (a form written twice is taken as the author’s choice): 政权, 适合, 计数, 富有, 等级 with no 证券期货, 石河子, 技术开发区, 妇幼保健 or 登记 phrasing around them',
    },
    { text: '严禁在公共场所携带枪支弹药。\n进一步规范市场秩序，维护消费者合法权益。\n经研究，由局党组作出决定。', why: 'the corrected forms of the homophone-word cases, and 枪支 where it belongs' },
    {
      text: '包括国家安全会议秘书长严德发、总统府副秘书长刘建忻、国家安全局局长彭胜竹、外交部次长吴志中等均前来接机。\n另外，环境部长彭启明、法务部次长黄世杰、经济部次长赖建信、文化部次长徐宜君亦出席。',
      why: 'Taiwan presidential-office releases (converted to simplified): a given name after the title of a post is a name (建忻, 世杰), not a slip for 建新, 世界',
    },
    {
      text: '包括帛国总统惠恕仁、卫福部次长石崇良、我驻帛国大使黎倩仪及国合会秘书长项恬毅等均出席是项活动。\n访宾一行由外交部次长董国猷陪同，前来总统府晋见总统。\n世界台湾商会联合总会总会长李天柒及关怀中小企业基金会董事长李成家等亦出席是项活动。',
      why: 'Taiwan releases: a name after a title, followed by 及 or a comma (倩仪 is no 以及, 国猷 no 国有, 天柒 no 天气)',
    },
    {
      text: '立法委员吴思瑶、李德维、林宜瑾、郑正钤、赖品妤、吴怡玎及陈以信等亦出席是项活动。',
      why: 'Taiwan release: the sixth name of a list headed by 立法委员 is a name too (怡玎 is no 一定)',
    },
    {
      text: '实施制造业数智化转型行动，积极融入国家“东数西算”工程。\n加快产业数字化、数字产业化。\n主题为“加快数智技术创新发展，深入推进数字中国建设”。',
      why: '2026 Xinjiang report, news (held-out s23, s28): 数智 (数字 + 智能) is the coinage of 数智化转型 and 数智技术 (the 2026 State Council report), not 数字 typed near, though the writer says 产业数字化 too (policyJargon)',
    },
    { text: '推动张江科学城、“大零号湾”功能提升。', why: '张江 names a science city (2026 Shanghai report): 长江 before 科学城 gains little official phrasing, so it is not offered' },
    { text: '信息技术产业依托曙光、海光、麒麟、飞腾、联想、中芯国际、华海清科等头部企业。', why: '中芯国际 is a company (2026 Tianjin report), not 中心' },
    {
      text: '整合三门峡大坝、虢国博物馆、天鹅湖湿地公园等资源。\n加快璟里中心、万豪中心、国际会议中心建设。\n全国人大代表陈凡来自崖洲湾国家实验室。\n位于福建漳州的漳江湾跨海特大桥开工。',
      why: 'held-out city reports and news (round 30): names before the head of a venue, a development or a bay (虢国博物馆, 璟里中心, 崖洲湾, 漳江湾), where 国国, 经理, 亚洲, 长江 gain little official phrasing',
    },
    {
      text: '宽窄巷子、夜游锦江、拾野自然博物馆、融创水雪世界。',
      why: 'Chengdu 2022 report (held-out s29): a museum named by a phrase of its own, the head two characters after the corrected word (视野)',
    },
    { text: '强化水环境治理，推进中心城区雨污合流治理攻坚，加强入海河流和排口整治。', why: '雨污 is a term (2026 Tianjin report): 区域 would take 区 from 城区 with no official phrasing to confirm it' },
    { text: '省的二级批发站要改进经营。\n发展半导体智造产业。', why: '批发站, 半导体智造: 发展 and 体制 would break the common words 批发 and 导体' },
    { text: '加快完善赋权、赋能、赋责相统一的县镇管理模式。', why: 'parallel phrasing repeats 赋 on purpose (2026 Guangdong report)' },
    { text: '坚持以学铸魂、以学增智、以学正风、以学促干。', why: 'parallel phrasing (以学…)' },
    {
      text: '彼此之间高层能有机会相互访问，对中美两国及本地区都会有好处的。\n以东亚地区而言，由于中共领海法的颁布，并积极扩展海空军，日本国会亦通过派兵赴海外参加联合国和平维持工作，加上南海主权归属问题，是否将因之导致冲突，殊难预料。',
      why: 'Taiwan releases 1990s (converted to simplified): formal function characters on purpose (及, 亦); 基本 (25.9) and 国会议 (27.0) fall short of the margin a province abbreviation or function character needs',
    },
    { text: '不断回答中国之问、世界之问、人民之问、时代之问。\n加快工业数智化转型、农业智慧化改造、服务业数智化赋能。', why: 'CPC congress report 2022, 2026 report: the character itself recurs across the pause (问, 智): it is what the series repeats' },
    {
      text: '重要的产品和建设项目，应当排定按旬、按月或者按季的进度表。\n想人民之所想、行人民之所嘱，真正把“群众的小事”当作“心头大事”。',
      why: 'State Council report 1958, 2026 report: only the head before the character recurs (按, 所), and 按时 (25.4), 所属 (25.9) fall short of the margin a series member needs',
    },
    { text: '梳理形成新一版高频应用事项目录。', why: 'numeral + classifier: 一版 is not 一般' },
    { text: '深入实施冀货出海等行动，推动人才兴皖工程提质增效。', why: 'province abbreviations' },
    { text: '在全区公安机关加强派出所工作推进会暨思想政治工作视频会上讲话。', why: '暨 joins two meetings (seed 000)' },
    { text: '办好第二十四届投洽会、海丝博览会暨海交会。推动对外交流持续深化。', why: 'round 31, untouched provincial reports (福建 2024): 暨 is a formal conjunction of its own between two fairs, never a slip for a lone 及 (FORMAL_CONJUNCTION_CODES)' },
    { text: '《中华人民共和国行政诉讼法》修正案草案公开征求意见。', why: 'a quoted title' },
    { text: '科技产业链集聚企业数居全国第1位。\n有机产品认证证书数居全国第1位，低碳产品认证证书数居全国第4位。', why: '2026 Anhui and Yunnan reports: a verb of rank (居) after a noun (企业数, 证书数) before a rank, statistics phrasing; 数据 would tear it apart (text/wrong-character-phrasing.ts)' },
    { text: '全年出口额居全省前列，产量列全国第二位。', why: 'statistics prose: verbs of rank before a rank' },
    { text: '发展工业互联网，促进产业链和创新链融合，搭建更多共性技术研发平台，提升中小微企业创新能力。', why: 'held-out s26 (State Council 2021): 创新链 repeats the tail of 产业链 across 和, a coined pair, not 金融' },
    { text: '要建立以企业为主体的技术创新体系，改变我国大部分科技力量游离于企业和市场之外的局面。', why: 'held-out s26 (State Council 1999): 游离于…之外 is a verb of position, not 有利于' },
    { text: '货运飞船为神舟十九号航天员乘组送去蛇年春节的“年货”。', why: 'held-out s28 (新闻联播 2024): 蛇年 names the Year of the Snake; the rare reading yí of 蛇 (委蛇) is no reason for 一年' },
    { text: '在浙江，琳琅满目的蛇年文创产品很受消费者喜爱，中式审美与现代设计融为一体。', why: 'held-out s28 (新闻联播 2025): a zodiac year again' },
    { text: '习近平总书记来到贵州肇兴侗寨的侗乡特色产业基地调研。', why: 'held-out s28b (新闻联播 2025): 侗乡 is the Dong people\'s home region, not 同乡' },
    { text: '市级安排资金173800万元，一是支持开展八城联创，补齐城市发展短板。', why: 'held-out s31k (三门峡 2019 budget report): the numeral of a campaign N城联创 (city-campaign)' },
    { text: '推进基金矩阵建设，市科创引导基金已完成工商登记，鑫兴生物制造产业发展基金已完成注册并实缴出资3亿元。', why: 'held-out s31k (常德 2025 budget report): 鑫 is a character of names (name-character)' },
    { text: '省级已下达我市2026年提前批新增政府债务限额37.31亿元，其中：一般债务限额11亿元。', why: 'held-out s31k (吕梁 2025 budget report): 已 before the verb word 下达 (already-before-verb)' },
    { text: '科学合理安排项目支出，不断提高预算编制的科学性、准确性和有效性。我市已制定市级支出标准16个，使用省级出台项目支出标准14个。', why: 'held-out s31k (平顶山 2025 budget report): 市级 is an administrative level (administrative-level)' },
    { text: '大力盘活资产资源，持续优化债务结构，融资成本明显下降，信用环境逐步趋暖。', why: 'held-out s31k (潍坊 2025 budget report): 趋 before an adjective that ends its clause (tending-to)' },
    { text: '巴方称两天内以军袭击加沙地带已致超300人死亡', why: 'held-out s28b (新闻联播 2025): 已致 before a count (has caused), not 一致' },
    { text: '精心组织参加丝博会、进博会、农高会等经济合作活动，主动对接央企名企。', why: 'held-out s29 (铜川 2023 report): 丝博会 is the Silk Road Expo named by its theme, not 世博' },
    { text: '贵州（安顺）国际石博会、黄果树飞行大会成为对外开放重要平台。', why: 'held-out s29 (安顺 2021 report): 石博会, the stone fair, not 世博' },
    { text: '举办茶博会、药博会和农交会，拓展产品销售渠道。', why: 'fairs named by their theme before 博会 and 交会' },
    { text: '下大力气持续解决“酒肉穿肠过”问题，积极发展铜、铁、煤、木材、粮食等主要进口产品精深加工。', why: 'round 32 untouched provincial reports (内蒙古 2024): 铜 is a one-character item of a 、 list beside another (铁、), not 发展同' },
    { text: '保障群众用水、电、气、暖需求，推进老旧小区改造。', why: 'one-character items of a 、 list (水、电、气、暖)' },
    { text: '打造进口粮油、畜产品、铜铝铀等战略性矿产资源储备加工基地。', why: 'held-out s29 (博尔塔拉 2023 report): 铝铀 are two metals beside a third (铜), not 旅游' },
    { text: '全力推动锂新能源电池一揽子项目，加快智能制造。', why: 'held-out s29 (铜川 2023 report): 锂 (lithium) before the battery it makes, not 重新' },
    { text: '加快钨钼精深加工和锂电池材料项目建设。', why: 'metals beside each other and before 电池' },
    { text: '举办专业高端展会、论坛，力争月月有活动、季季有节会，努力实现办好一个会、活跃一座城。', why: 'held-out s29 (铜陵 2019 report): 季季 beside 月月, reduplicated time words meaning "every", not 积极' },
    { text: '年年有新变化、季季有新进展。', why: 'another series of reduplicated time words' },
    { text: '产业链创新链亟须优化提升；县域经济新动能亟需加强，城乡人居环境亟待改善。', why: 'held-out s29 (临汾 2021, 烟台 2023 reports): 亟须/亟需/亟待 (urgently), not 继续' },
    { text: '坚持招强引优，引进更多世界500强企业。', why: 'held-out s29 (宁波 2017 report): a slogan of the shape 招X引Y, not 加强' },
    { text: '着力招大引强，成功举办中国（赣州）第七届家具产业博览会。', why: 'held-out s29 (赣州 2021 report) and s23: 招大引强, not 力加' },
    { text: '世卫组织总干事谭德塞15日表示，全球新增确诊病例持续增加。', why: 'held-out s28 (新闻联播 2021): 世卫组织 is the short name of the WHO, not 市委组织' },
    { text: '真正做到民之所忧必念之、民之所盼必行之，把为人民服务的承诺落到实处。', why: 'untouched-s33u (青海 2022): the verb of 之所 + verb, not 所有' },
    { text: '没有全党全国思想统一、步调一致，什么事也办不成。', why: 'held-out s28 (新闻联播 2023): 也 is the adverb of 什么…也, not 事业' },
    { text: '针对严峻挑战和疫后经济恢复特点，我们统筹稳增长和增后劲，先后出台一批政策措施。', why: 'held-out s26 (State Council 2024): 疫后 (after the epidemic) names the event, not 以后' },
    { text: '一年来，我们着力抓好六方面工作。\n（一）改革创新优环境稳实体，活力动力持续增强', why: '2025 Longhua district report: a numeral before a measure word (六方面) is a count the writer chose, not a look-alike typed for 这 (text/wrong-character-phrasing.ts)' },
    { text: '加快服务业数智化改造。\n引育一批数智供应链平台，推动数智赋能。', why: 'the writer’s own term recurs in the document (数智)' },
    { text: '細顆粒物（PM2.5）平均濃度下降，全行業無染物排放。', why: 'traditional text is left alone (the data is simplified)' },
    { text: '城市细颗粒物(PM2.5)平均浓度下降到30微克/立方米。', why: 'Latin and digits break the runs' },
    { text: '车辆在原地打转，驾驶员及时报警。\n取得了出乎意料的良好效果。\n大力弘扬新时期工匠精神。', why: '打转 and 意料 where they belong: their neighbours hold them (原地打转, 出乎意料)' },
    { text: '他的见解十分独到，令人信服。\n发挥教育督导委员会作用。', why: '独到 where it belongs: no window of official phrasing flips to 督导' },
    { text: '大力培育发展大数局产业。', config: { allow: ['大数局'] }, why: 'an allowed phrase' },
    { text: '大力培育发展大数局产业。', config: { rules: { 'wrong-character': 'off' } }, why: 'rule off' },
    { text: '<!-- gongwen-disable-next-line wrong-character -->\n大力培育发展大数局产业。\n', languageId: 'markdown', why: 'a disable directive' },
    { text: '对途经我市往南宁方向的方向的车辆进行检查。', why: 'a repeated word is repeated-word’s business, not a wrong character' },
    { text: '会议对下一步工作进行了布署。', why: '布署 is in the common-typo table: one finding, from that rule' },
    { text: '大力培育发展大数局产业。', config: { terms: { 大数局: '大数据' } }, why: 'the office’s own terms cover it: common-typo reports it' },
    { text: '他认真地做好每一项工作，做得很细。', why: '的/地/得 are left to a later rule' },
    { text: '社区居委会会同有关部门开展巡查工作。\n居委會會同有關部門開展巡查。', why: 'traditional characters in simplified text are script-mixing’s business' },
    { text: '凝聚起全省上下勠力同心、勇毅前行的强大合力。', why: 'a rare character inside a set phrase (勠力同心, 2026 Hainan report)' },
    { text: '本条例自发布之日起施行，项目目录同时公布。', why: 'the corrected forms of two look-alike slips: 日 and 目 both where they belong' },
    { text: '公务用车主管部门按照政府采购法律法规和国家有关政策规定，统一组织实施公务用车集中采购。', why: 'the corrected form of a pair slip' },
    { text: '科技创新和产业创新深度融合，战略性新兴产业加快发展。', why: 'clean report language with many look-alike-prone characters (技/枝, 融/隔)' },
    { text: '深化“放管服”改革，持续优化营商环境，激发各类经营主体活力。', why: 'clean report language' },
    { text: '副省长王凯主持会议，市长刘旭作政府工作报告。', why: 'names: characters used in names need more evidence the more they are (旭, 凯, 刘)' },
    { text: '省委书记沈晓明在长沙调研时强调，要坚定不移推进高质量发展。', why: 'a name in running text' },
    { text: '建立稳定支持和竞争性支持相协调的投入机制，推动科学研究、人才培养与基地建设全面发展。', why: 'the corrected form of a homophone-word slip' },
    { text: '积极运用物联网、大数据等技术手段开展远程监测诊断、运营维护、技术支持等售后服务。\n推动海关特殊监管区域与自贸试验区统筹发展。\n充分发挥市场在资源配置中的决定性作用。', why: 'the corrected forms of real-word slips (监测, 试验区, 资源配置)' },
    { text: '加强食品安全抽样检测，培育第三方检测机构。\n高校实验室安全管理要落实到人。\n开展地质灾害隐患远程监测预警。', why: '检测, 实验室 and 监测 where they belong: official texts use those collocations (抽样检, 验室安), so the context does not flip' },
    { text: '推动科技创新和产业创新融合发展，新兴工业大省地位更加稳固。', why: '2026 provincial report: 兴 is the second character of its run, where only two windows lie over it; 新型 flips both (新型工, 型工业) but completes no longer word there, so 新兴 stays' },
    { text: '为人类进步事业做出重大贡献。\n要制订鼓励缩短工期的办法。', why: 'CPC 1992 and State Council 1984 reports: 做出/作出 and 制订/制定 are accepted spellings, never a real-word slip of each other, however strongly the context prefers the commoner one' },
    { text: '坚持依法治国，建设社会主义法制国家。\n增强全民法治观念，推进法治政府建设。', why: '法制 and 法治 where their texts put them: a collocation official texts use as written (法制国) holds the word' },
    { text: '大力发展桂花、茶叶等特色产业，打造桂花小镇。', why: 'a real word (桂花) that official texts seldom use is not "规划" where the text around it is ordinary' },
    { text: '求职者可在线提交个人简历，企业在线发布岗位。', why: 'a real word (简历) beside neighbours of its own' },
    { text: '坚决防止错失发展机遇。', why: 'a real word (错失) used as meant' },
    { text: '加快国有资本布局优化和结构调整，防止国有资产贬值。', why: 'a real word (贬值) used as meant' },
    { text: '协调各方力量开展应急演练和实战练习。', why: 'a real word (练习) used as meant' },
    {
      text: '推进数智政府建设，提升数智治理能力。\n以数智赋能产业转型。',
      why: 'round 31 (四): the writer’s own term (数智, 2026 Tibet report) used in sentences of its own, between other neighbours each time (数智政, 数智治, 以数智赋): still exempt',
    },
    { text: '加快服务业数智化改造，发展数字经济。\n引育一批数智供应链平台，推动数智赋能。', why: 'the writer’s own term (数智) recurs, and 数字 is used elsewhere in other contexts (数字经济), never as 数字化改造 or 数字供应链' },
    { text: '由国家发展改革委、科技部牵头，年内完成。\n商务部、海关总署、税务总局按职责分工负责。\n国家发展改革委、教育部、财政部、人力资源社会保障部按职责分工负责。', why: 'the corrected forms of the institution-name slips' },
    { text: '1998年7月13日国务院发布的办法同时废止。', why: '由国务院 is a dictionary entry ending in an institution suffix, but 日 before the name is no part of it' },
    { text: '全面推进城乡水务一体化管理，加强水务局建设。', why: '水务 (water affairs) where it belongs: 税务 is not the institution here' },
    { text: '张小明、李建部、王晓东参加会议。\n省水利厅、省水务局、市水务局按职责分工负责。', why: 'three-character list items that are names (李建部: no institution beside it) or correct institutions' },
    { text: '社区党总支书记、居委会主任\n哈尔滨医科大学副校长、党委常委', why: 'the corrected forms of the post-title slips' },
    { text: '向农家书屋捐赠各类书籍。\n人民是国家的主人。\n延长公共服务时长，加快铁路站场建设。', why: 'words a post title could be read into (书记, 主任, 市长, 站长), where a clause goes on after them: no list item, no signature' },
    { text: '对革命老区、民族地区、边疆地区、贫困地区的财力补助；\n统筹推进城镇地区、农村地区、山区海岛基础设施建设。', why: 'members of a series sharing 地区, each head a word of its own' },
    { text: '有的地方对政策的理解不到位，执行有偏差。', why: 'pairs with frequent function characters (的地, 的理) that are not associated are checked, and found right' },
    { text: '对做出特别重大的科学发现、技术发明的，可以授予特等奖。', why: 'the corrected form of a slip beside 的' },
    { text: '抓好春耕、秋收、冬种等关键农时生产，推进撂荒耕地复耕复种。', why: '农时 is a word of its own (2026 Guangdong report), though 农村生产 is set phrasing of official texts' },
    { text: '负责联系发展规划科、财务管理科、人事教育科的工作。', why: 'the corrected list' },
    { text: '全市上下全力以赴抓好防汛救灾工作，刻不容缓。', why: 'idioms written correctly' },
    { text: '坚持因地制宜、分类施策，再接再厉，一丝不苟抓好落实。', why: 'idioms written correctly, some with characters official texts seldom use (厉, 苟)' },
    { text: '会议强调，要一丝不苟抓好安全生产，全力以赴保障群众生命财产安全。', why: 'idioms written correctly in report language' },
    { text: '以救焚拯溺的紧迫感推进改革。', why: 'an idiom the dictionary lacks: its rare entries 救焚拯弱 (a name) and 救火拯溺 (a variant) are no set phrases to "correct" it to' },
    { text: '副市长张全力主持会议，要求迫在眉睫的任务扎扎实实地抓好。', why: 'a name (张全力) and 地 after a reduplicated adverb' },
    { text: '坚持稳中求进工作总基调，经济运行稳中有进、稳中向好。', why: 'set phrases of official text written correctly' },
    { text: '今年以来全省工业生产稳中有进，消费市场持续回暖。', why: 'the corrected form of a set-phrase slip' },
    { text: '做到有法必依、执法必严、违法必究。', why: 'a set phrase written correctly (必 has look-alikes: 心)' },
    { text: '改革开放初期，稳步试行以公有制为主体的股份制。', why: 'a real word (试行) official texts use, though 稳步实行 is their commoner phrasing (1989 report)' },
    { text: '本条例自2022年3月1日起施行。', why: 'the corrected form of a real-word slip' },
    { text: '搭建实时在线的国资监管平台。', why: 'the corrected form of a real-word slip' },
    { text: '部分景区存在强制收取小费的现象。', why: 'a real word (小费) in a context of its own: official set phrasing does not turn to 消费 around it' },
    { text: '不得向游客索要小费或者变相收取费用。', why: 'a real word (小费) used as meant' },
    { text: '各级干部要再接再厉，推动各项工作落地见效。', why: 'the corrected form of an idiom slip' },
    { text: '群众的安危冷暖，始终放在心里。', why: '里 ends clauses on its own (心里, 这里): the clause-end evidence does not turn it into 理' },
    { text: '领导干部要学会为人处世，更要廉洁自律。', why: 'a correct idiom that the build drops from the dictionary as a rare same-reading variant of 为人处事: still not "corrected"' },
    { text: '我国拥有足够的韧性、巨大的潜力和不断迸发的创新活力。', why: '迸 belongs to 迸发: official phrasing around 不断开发 does not make 断开 a correction that cuts the word apart (2019 report)' },
    { text: '积极回应人民群众关切，全区食药环知等民生领域犯罪案件立案数、破案数同比上升。', why: 'seed 002: a police abbreviation; 食 is confused with 医 only under a literary reading (yì) no writer types' },
    // Clean sentences of unseen published text just short of the operating point of round 25: one step of the sweep
    // (bench/wrong-character-sweep.ts) the wrong way would flag them.
    { text: '第二，很多人问，签订经济协议后，会不会伤害我们的农产业？\n第一是，自从当了副总统之后，几乎没有自由走路的机会，都快不会走路了。', why: 'Taiwan presidential-office releases (converted to simplified): 人问 is no 人口, 快不 no 决不 — a look-alike needs 3 more than a homophone (2 flagged them)' },
    { text: '加快冷水渔业振兴，扩大名优水产品供给规模，持续开展冬捕冬钓等活动，建设优质冷水鱼供应基地。', why: '2026 Heilongjiang report: 冬捕 (winter fishing) is no pair slip for 东部 (a pair penalty of 7 flags it)' },
    { text: '在改善生活方面要求过高过急，必然会损害人民和国家的长远的根本的利益。\n对于那种恃势凌人的地区霸权主义的行径，我们是坚决反对的。', why: 'State Council reports 1981, 1984: 过急 and 恃势 are no pair slips for 国际, 实施 (a pair penalty of 7 flags them)' },
    { text: '党要细心发现、培养和吸收符合条件的先进青年入党，使他们成为输入党的肌体的新鲜血液。\n认真抓好迹地更新，发展综合利用。\n国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点。', why: 'CPC 1982, State Council 1981, Jilin 2026: real words (肌体, 迹地, 优于) that a same-reading word would replace need the real-word penalty of 4 (1 flags 迹地 and 优于, 0 肌体 as well)' },
    {
      text: '导下，鼓足干劲、勠力进取，奋勇争先。\n陕汽重卡变速器产量、钛材加工量保持领先。\n章」84位得主，亦致上最高敬意与感谢。\n违反本条例规定的，由有关部门责令限期改正；逾期不改正的，责令停止活动。',
      why: 'round 26 (rare character opening a run): 2026 Guangxi and Shaanxi reports, a Taiwan release (converted), a Beijing regulation — 勠 is read near (努力: no bonus), 钛材 → 钢材 is no frequent pair (4 < 10), 亦 is a formal function character, rare in official statistics by nature (guarded: its rarity is no evidence), 逾 is used in official text (逾期)',
    },
    {
      text: '积极利用数智技术，推动制造业、服务业、农业等全要素智能化发展。\n学思践悟党的创新理论，不折不扣落实中央决策部署和市委工作要求。',
      why: 'round 27 (word collocations): 2026 Fujian and Tianjin reports — 数字 and 实践 go with two of the words of the clause in official text, fewer than the four the evidence asks (collocationMin) and not all of them, three or more (collocationAllMin), and 数智技术, 学思践悟 stay as written',
    },
    {
      text: '在开幕式欢迎宴会上发表重要致辞，令我们备受鼓舞。\n随着科技的发展，县局不断加强刑侦能力的建设。\n中央政法委书记陈文清在开幕式上代表党中央致词。',
      why: 'round 28, held-out 2026 Heilongjiang report, a 2021 county police page and 新闻联播 2025-01-10: dictionary words a near reading turns into common words of official texts (致辞/致词 zhìcí → 支持 zhīchí, 刑侦 xíngzhēn → 行政 xíngzhèng) complete no longer word there: written on purpose',
    },
    {
      text: '建立由有关方面负责人参加的思想政治工作联系会议制度。\n在开幕式欢迎宴会上发表重要致辞，各部门要加强联系，会议确定的事项抓紧落实。',
      why: 'round 33, State Council report in the shared corpus: 联系 of a 联系会议制度 (a liaison meeting) is written on purpose — its 系 (a guarded formal character) is looked at in the real-word path now, on plain evidence only; 致辞 (near reading of 支持) has two windows of set phrasing for 支持, fewer than nearWordFlips asks',
    },
    {
      text: '茂名的荔枝全国闻名，但作为容易变质的热带水果，如何让水灵灵的荔枝从地头快速送到餐桌？',
      why: 'round 28, held-out 新闻联播 2023-06-24: a dictionary word (闻名) that official set phrasing around it would turn into its homophone (全国文明), but the clause\'s words go with it as written (荔枝) and none with 文明: written on purpose (writtenCollocated)',
    },
    {
      text: '扬州（高邮）国家农科园以第一名成绩通过国家验收。\n局、省科技厅、省农业农村厅、省司法厅、省公安厅、省商务厅、省文化和旅游厅按职责分工负责。\n全市公安机关在市委、市政府和省公安厅党委的坚强领导下，充分发挥职能作用。',
      why: 'round 30 (institution names the dictionary knows well): held-out Yangzhou 2022 report — 农科园 (an agricultural park) is no 农科院: a changed suffix makes another kind of body, so only official phrasing may vouch for it, not the dictionary alone; provincial departments written right stay quiet',
    },
    {
      text: '扎实做好浊漳河南源、石子河、绛河等综合治理，完成水土保持治理45万亩。\n抓好东山八尺门海域、长泰吴田山、九龙江口和漳江口红树林湿地等生态修复。',
      why: 'held-out s31 (长治 2023, 漳州 2023 city reports): 绛河, 漳江 are rivers named by a character official texts never use, not 江河, 长江 (river-name)',
    },
    {
      text: '实施好“彝路相伴三年行动计划”，促进稳定可持续发展。\n积极推进其亚金属再生铝及铝加工、鑫兴铝棒等一批绿色铝深加工项目。\n鑫兴生物制造产业发展基金已完成注册并实缴出资3亿元。',
      why: 'held-out s31 (凉山 2021, 大理 2022, 常德 2025 budget report): 彝 (an ethnonym no common word uses: ethnonym-character) and 鑫 (a stacked character of company names: name-character, s31-kind) are chosen on purpose, not 一路, 新兴',
    },
    {
      text: '对此，我们将直面问题，刀刃向内，采取有效措施逐一解决。\n这些问题，我们将认真分析研究，强化措施，逐一解决。',
      why: 'held-out s31 (丹东 2020, 凉山 2014 city reports): 逐一 (逐 + a measure, one by one) is written on purpose, not 注意 typed whole (distributive-zhu)',
    },
    {
      text: '国家选取百余户中央企业子企业和百余户地方国有骨干企业。\n督促集团子公司落实安全生产责任。',
      why: 'held-out s31 (江西 2020 provincial report): 子企业, 子公司 after the parent is a subsidiary, not 企业资 (subsidiary)',
    },
    {
      text: '完成补充耕地8226亩、水田及旱改水5862亩，恢复耕地1.7万亩。',
      why: 'held-out s31 (漳州 2024 city report): 旱改水 (dry land turned to paddy), a conversion slogan X改Y, not 及时 (conversion-slogan)',
    },
    {
      text: '加快推进东莞植物园二期、银瓶山三期项目建设，完成大屏嶂、大岭山森林公园和同沙生态公园品质提升前期工作。\n加快推进海关、国检设立正式机构，建设中科云智慧保税仓库。',
      why: 'held-out s31 and s30c (东莞 2018, 宿州 2014 city reports): 嶂 (a steep peak) is a character of place names; 国检 (the state inspection) is a term (local-term)',
    },
    {
      text: '开工建设豫东水资源配置工程，实施赵口、陆浑、渠村等灌区现代化改造。\n设立中国—东盟自贸区3.0桂企出海服务站。\n促进“桂字号”农产品增值增效。\n精准对接、用足用好中央一揽子政策。\n持续营造市场化、法治化、国际化一流营商环境。\n扎实推进“一网通办”，加快“数字政府”建设。\n发扬钉子精神，甘当一颗永不生锈的螺丝钉。',
      why: 'round 31 (homophone words typed whole that start with a numeral or hold a province abbreviation): 2026 Henan and Guangxi reports, held-out provincial reports — 豫东, 桂企, 桂字号, 一揽子, 一流, 一网, 一颗 are written as meant; such a pair is now looked at, but corrected only on plain evidence (30 or more)',
    },
    { text: '加大垃圾消纳和“牛皮癣”、渣土、噪音等城市痼疾治理力度，提升管理精细化水平。', why: 'round 32, held-out cities (宣城 2014): 痼疾 is report language (city reports use it in 49 reports of 27 cities, more often than general text), not 估计 typed whole (reportWordMargin)' },
    { text: '建设环境优美、绿色低碳、和谐文明的魅力家园。', why: 'round 32, held-out cities (鹤岗 2025): 魅力家园, report language, not 美丽 (reportWordMargin)' },
    { text: '增长67.6%，主要原因是由于土地出让收入增加，各项计提增加。', why: 'round 32, held-out budget reports (平顶山 2019, twice): 计提 (an accounting provision) is report language, not 基地 (reportWordMargin)' },
    { text: '要以更大力度统筹推进深层次改革和高水平开放，把一个个发展愿景变成美好现实。', why: 'round 32, the 2026 Hainan report (the one finding of eval:typos on the 2026 reports): 愿景 is a report word jieba lacks, not 远景 (reportWordMargin)' },
    { text: '积极推进中国邮政郑州集疏中心等物流设施建设，完善城市配送体系。', why: 'round 32, untouched provincial reports (河南 2015): 集疏 (of 集疏运, collecting and distributing freight) is a report term, not 技术 (reportWordMargin)' },
    { text: '加快凯普医学科学园项目建设，打造核酸分子全产业链上下游配套生产基地和研发创新基地。', why: 'round 32, held-out cities (潮州 2023, twice): 科学园 (a park) is report language, and 院 for 园 would make another kind of body of the name, no evidence of a slip (reportWordMargin)' },
    { text: '今日在场观礼者尚包括欧布莱恩大使夫人。', why: 'round 32, Taiwan press releases converted to simplified (4 times): 观礼 read as 管理 with nothing but the character model for it (bareWordSwapMargin)' },
    { text: '克州玛纳斯史诗保护研究中心入选全国非物质文化遗产保护工作先进集体。\n实施大学生就业引航计划。', why: 'round 32, held-out cities (克孜勒苏 2025) and CPC documents (s32n2): 史诗, 引航 are dictionary words written as meant; 实施, 银行 go with no word of the clause and complete no longer word, and the context flip alone is short of the margin (unsupportedWordSwapMargin)' },
    { text: '从业主体明知或应知产品违法但未采取相关处置措施的，依法从重处罚。', why: 'round 32, held-out CPC documents (s32n2): 但未 is a conjunction and the negation of 采取, not 单位 typed whole (negation-before-word)' },
    { text: '要破除束缚人才市场发展的体制性障碍，使现有各类人才和劳动力市场实现联网贯通。', why: 'round 32, held-out CPC documents (s32n2): 使 opening a clause before 现有, a common word the run reads whole; 使现 is unseen because a word starts there, and without the edge pair 实现 falls short (edge-stolen-neighbour)' },
  ],
  invalid: [
    { text: '加快建设法制政府，推进依法行政。', why: 'round 36, near 法治观念: 法治 is accepted one way only; 法制 for 法治 is still found (untouched-s31f, 陕西 2008)', errors: [{ line: 1, column: 6, text: '制' }], output: '加快建设法治政府，推进依法行政。' },
    { text: '为了提高建设工程抗震防灾能力，降低也震灾害风险，保障人民生命财产安全。', why: 'round 36, near 发展也进一步: 也 after a word (降低) before a Han character, corrected to 地, not 业 (ECSpell validation; the first version of adverbial-ye lost it)', errors: [{ line: 1, column: 18, text: '也' }], output: '为了提高建设工程抗震防灾能力，降低地震灾害风险，保障人民生命财产安全。' },
    { text: '各项指标有所题高。', why: 'round 36, near 学无所忧: a two-character verb after 有所 may hold the slip; only a one-character verb closing its item is the frame', errors: [{ line: 1, column: 7, text: '题' }], output: '各项指标有所提高。' },
    { text: '依法严厉打击刑释犯罪活动。', why: 'round 36, near 刑释人员: 刑释 before 犯罪 is no term of its own (刑事犯罪), still found', errors: [{ line: 1, column: 8, text: '释' }], output: '依法严厉打击刑事犯罪活动。' },
    { text: '修改地方各级人民代表大会盒地方各级人民政府组织法。', why: 'round 35 second pass, near 试剂盒优化: a lone 和 for a rare character between two parallel names (ECSpell train, 37.0) is beyond the lone-word margin and still found', errors: [{ line: 1, column: 13, text: '盒' }], output: '修改地方各级人民代表大会和地方各级人民政府组织法。' },
    { text: '项目主要用于补贴类项日和公共就业创业服务补助类项目预算。', why: 'round 35 second pass, near 效力日显: 日 read as the second half of a word with the character before it (项目) is no adverb before a verb (held-out s34n, 广州 2025)', errors: [{ line: 1, column: 11, text: '日' }], output: '项目主要用于补贴类项目和公共就业创业服务补助类项目预算。' },
    { text: '各地要加快渐设现代化产业体系，推动经济高质量发展。', why: 'round 35 second pass, near 渐成趋势: 渐 before a verb whose correction gains official phrasing (加快建设) is still a slip', errors: [{ line: 1, column: 6, text: '渐' }], output: '各地要加快建设现代化产业体系，推动经济高质量发展。' },
    { text: '古人说：祸兮福之所倚，检举控告严重违纪微法问题的，依法依纪处理。', why: 'round 35 second pass, near 祸兮福之所倚: a slip in a classical sentence with evidence beyond the register margin (违法, 62.6) is still found', errors: [{ line: 1, column: 20, text: '微' }], output: '古人说：祸兮福之所倚，检举控告严重违纪违法问题的，依法依纪处理。' },
    { text: '我们几乎，每年都要检查一次，加强管里工作。', why: 'round 35 second pass, near 桥何名欤: 几乎 before a pause is a modern word, no classical particle', errors: [{ line: 1, column: 18, text: '里' }], output: '我们几乎，每年都要检查一次，加强管理工作。' },
    { text: '各部门要统一统计口径，加强管里工作。', why: 'round 35 second pass, near 转一转: 统一统计 is 统一 and 统计, no V一V frame; the slip after it is still found', errors: [{ line: 1, column: 15, text: '里' }], output: '各部门要统一统计口径，加强管理工作。' },
    { text: '处理决定发生效力后，应当及时执行，并自处理决定发生效力之目起六十日内将执行情况以书面形式告知作出处理决定的机关。', why: 'round 35, near 祁连之麓: a slip after 之 that gains a window of official phrasing (之日起) is still found (held-out s33t, 公务员申诉规定)', errors: [{ line: 1, column: 29, text: '目' }], output: '处理决定发生效力后，应当及时执行，并自处理决定发生效力之日起六十日内将执行情况以书面形式告知作出处理决定的机关。' },
    { text: '除涉及国家按泉、公共安全、金融安全、生态安全和公众健康等重大公共利益外，分别采用适当管理方式。', why: 'round 35, near 桔柚: a pair slip at a run\'s end gaining one of its two windows (国家安全) is no unphrased swap (ECSpell train)', errors: [{ line: 1, column: 6, text: '按泉' }], output: '除涉及国家安全、公共安全、金融安全、生态安全和公众健康等重大公共利益外，分别采用适当管理方式。' },
    { text: '对久拖不诀、涉及面广、群众反映强烈的重大疑难信访突出问题，列入督查范围。', why: 'near 发展铜、铁、煤: after 、 comes a word (涉及), not a one-character item, so the slip 诀 → 决 is still found (ECSpell train)', errors: [{ line: 1, column: 5, text: '诀' }], output: '对久拖不决、涉及面广、群众反映强烈的重大疑难信访突出问题，列入督查范围。' },
    { text: '商务部发放药品类易制毒滑雪品进口许可前，应当征得国家禁毒办同意。', why: 'near 痼疾治理: 滑雪 is report language too, but 化学 completes 化学品 with its neighbour, a longer word of its own (completesLongerWord; ECSpell train)', errors: [{ line: 1, column: 12, text: '滑雪' }], output: '商务部发放药品类易制毒化学品进口许可前，应当征得国家禁毒办同意。' },
    { text: '为主动适应协调推进“四个全面”战略布局和人口老龄化的新形式新要求，积极应对离退休干部队伍在人员结构等方面的变化。', why: 'round 32, held-out CPC documents (s32n): 形式 → 形势 flips the context both ways in vouched text (realWordFlip), which keeps its own test', errors: [{ line: 1, column: 29, text: '式' }], output: '为主动适应协调推进“四个全面”战略布局和人口老龄化的新形势新要求，积极应对离退休干部队伍在人员结构等方面的变化。' },
    { text: '总面积约95平方公里（含合肥经济计数开发区综合保税区1.4平方公里）。', why: 'near 各项计提增加: 计数 is report language, and 技术开发区 is found on far more evidence than the margin asks (50.6)', errors: [{ line: 1, column: 17, text: '计数' }], output: '总面积约95平方公里（含合肥经济技术开发区综合保税区1.4平方公里）。' },
    { text: '加强动态检测和风险预警管理，逐月监测“三保”预算执行。', why: 'round 32, held-out budget reports (南京江北新区 2025): a real slip in report language, 检测 → 监测, still found (realWordFlip)', errors: [{ line: 1, column: 5, text: '检' }], output: '加强动态监测和风险预警管理，逐月监测“三保”预算执行。' },
    { text: '研究解决党史工作中的重大问题。简历健全党委统一领导、有关部门分工负责的工作机制。', why: 'near 史诗保护: a homophone word typed whole whose correction goes with the clause (建立健全) is still found (held-out CPC documents, s32n2)', errors: [{ line: 1, column: 16, text: '简历' }], output: '研究解决党史工作中的重大问题。建立健全党委统一领导、有关部门分工负责的工作机制。' },
    { text: '网络摄氏、信息系统等对于本行业、本领域关键核心业务的重要程度。', why: 'near 就业引航计划: a homophone word typed whole that completes a longer word (网络设施) is still found (ECSpell train)', errors: [{ line: 1, column: 3, text: '摄氏' }], output: '网络设施、信息系统等对于本行业、本领域关键核心业务的重要程度。' },
    { text: '（六）人真实施科教兴国战略和可持续发展战略。\n要加强组织领导，玩善政策措施，加大资金投入。', why: 'near 使现有: an edge slip whose neighbour the run does not read as a word with the next character (真 实施, 善 政策) is still found (eval:inject, ECSpell train)', errors: [{ line: 1, column: 4, text: '人' }, { line: 2, column: 9, text: '玩' }], output: '（六）认真实施科教兴国战略和可持续发展战略。\n要加强组织领导，完善政策措施，加大资金投入。' },
    { text: '对常态化开展扫黑除恶斗争作出安排不熟。', why: 'near 但未采取: a word typed whole whose negation comes first (不熟 → 部署, ECSpell train) is still found', errors: [{ line: 1, column: 17, text: '不熟' }], output: '对常态化开展扫黑除恶斗争作出安排部署。' },
    { text: '推广政权期货纠纷示范判决机制。', why: 'near 在场观礼者: a homophone word typed whole with a context flip (政权 → 证券) is no bare swap', errors: [{ line: 1, column: 3, text: '政权' }], output: '推广证券期货纠纷示范判决机制。' },
    { text: '加强将河湖泊综合治理。', why: 'near 绛河: a common character typed for 江 before 河 is still a slip', errors: [{ line: 1, column: 3, text: '将' }], output: '加强江河湖泊综合治理。' },
    { text: '全面推进常江大保护。', why: 'near 漳江口: 常 (used hundreds of times in official texts) before 江 is still 长江', errors: [{ line: 1, column: 5, text: '常' }], output: '全面推进长江大保护。' },
    { text: '推动心兴产业发展壮大。', why: 'near 鑫兴: a common character typed for 新 is still a slip', errors: [{ line: 1, column: 3, text: '心' }], output: '推动新兴产业发展壮大。' },
    { text: '各项工作逐步推进，要特别主意防范化解风险。', why: 'near 逐一解决: 逐步 keeps only itself quiet, 主意 → 注意 in the same sentence is still found', errors: [{ line: 1, column: 13, text: '主' }], output: '各项工作逐步推进，要特别注意防范化解风险。' },
    { text: '鼓励社会资本投子企业技术改造。', why: 'near 中央企业子企业: 子 after a verb is no subsidiary', errors: [{ line: 1, column: 8, text: '子' }], output: '鼓励社会资本投资企业技术改造。' },
    { text: '对存在问题的单位限期正改到位。', why: 'near 旱改水: 正改到位 is no X改Y slogan (改到 is followed by more text)', errors: [{ line: 1, column: 11, text: '正' }], output: '对存在问题的单位限期整改到位。' },
    { text: '铁路，重点推进杭长、长昆客运专线建设，全面加强经计、政治、文化建设。', why: 'near 杭长、长昆客运专线: a first item whose list goes on with words (政治, 文化) is no list of lines, even in a sentence about railways', errors: [{ line: 1, column: 25, text: '计' }], output: '铁路，重点推进杭长、长昆客运专线建设，全面加强经济、政治、文化建设。' },
    { text: '加快推进市常、娄邵、衡茶吉建设。', why: 'near 石长、娄邵、衡茶吉: a list of non-words with no line generic after it and no line word in its sentence is checked as before', errors: [{ line: 1, column: 6, text: '常' }], output: '加快推进市场、娄邵、衡茶吉建设。' },
    { text: '加快推竟高速公路建设。', why: 'near 晋济高速: 高速公路 after a verb is no named expressway', errors: [{ line: 1, column: 4, text: '竟' }], output: '加快推进高速公路建设。' },
    {
      text: '《决定》明确，自2020年7月1日零时起，豫北役部队全面纳入军队领导指挥体系。\n首都一颗大学附属北京朝阳医院党委委员、副院长，主任医师',
      why: 'ECSpell odw train fold (round 31): a homophone word typed whole whose first character is a province abbreviation (豫) or a numeral (一), which pair slips never looked at; the evidence is plain (33.9, 30.7 ≥ 30)',
      errors: [
        { line: 1, column: 22, endColumn: 24, message: '“豫北”疑为“预备”（两字误打成同音词：“豫北”应为“预备”），请核对。' },
        { line: 2, column: 3, endColumn: 5, message: '“一颗”疑为“医科”（两字误打成同音词：“一颗”应为“医科”），请核对。' },
      ],
      output: '《决定》明确，自2020年7月1日零时起，预备役部队全面纳入军队领导指挥体系。\n首都医科大学附属北京朝阳医院党委委员、副院长，主任医师',
    },
    {
      text: '国家卫申建康委、国务院国资委、中央编办、国家发展改革委等按职责分工负责。',
      why: 'round 31, ECSpell validation: two slips side by side, each short of the threshold beside the other (卫生 18.0 beside 建康, 健康 13.2 beside 卫申) and plain once the other is corrected (neighbouringSlips)',
      errors: [
        { line: 1, column: 4, endColumn: 5, message: '“卫申”疑为“卫生”（近音别字：“申”应为“生”），请核对。' },
        { line: 1, column: 5, endColumn: 6, message: '“建康”疑为“健康”（同音别字：“建”应为“健”），请核对。' },
      ],
      output: '国家卫生健康委、国务院国资委、中央编办、国家发展改革委等按职责分工负责。',
    },
    {
      text: '要因地制宜、因时制宜，不断完善疫勤防空应急预案和各项配套工作方案。',
      why: 'round 31, ECSpell validation: 防控 is rejected beside 疫勤 (its word evidence is negative) and scores 54.3 beside 疫情; 疫情 is 21.5 beside 防空',
      errors: [
        { line: 1, column: 17, endColumn: 18, message: '“疫勤”疑为“疫情”（近音别字：“勤”应为“情”），请核对。' },
        { line: 1, column: 19, endColumn: 20, message: '“防空”疑为“防控”（同音别字：“空”应为“控”），请核对。' },
      ],
      output: '要因地制宜、因时制宜，不断完善疫情防控应急预案和各项配套工作方案。',
    },
    {
      text: '市场家管总局党祖素记、副局长',
      why: 'round 31, ECSpell train fold: 党组 and 书记 in a signature, two slips a character apart that each bring the other over the threshold',
      errors: [
        { line: 1, column: 8, endColumn: 9, message: '“党祖”疑为“党组”（同音别字：“祖”应为“组”），请核对。' },
        { line: 1, column: 9, endColumn: 10, message: '“素记”疑为“书记”（近音别字：“素”应为“书”），请核对。' },
      ],
      output: '市场家管总局党组书记、副局长',
    },
    {
      text: '做好巩固拓展脱贫攻坚成果同乡村振兴幼效衔接。',
      why: 'held-out s30e boundary: 幼 before 衔接 outside the term 幼小衔接 is still 有效 typed wrong',
      errors: [{ line: 1, column: 18, endColumn: 19, message: '“幼效”疑为“有效”（同音别字：“幼”应为“有”），请核对。' }],
      output: '做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。',
    },
    {
      text: '加强乡镇卫生援建设，改善农村医疗条件。',
      why: '援 before no region: 卫生援 is still 卫生院 typed wrong (the boundary of regionPosting)',
      errors: [{ line: 1, column: 7, endColumn: 8, message: '“卫生援”疑为“卫生院”（同音别字：“援”应为“院”），请核对。' }],
      output: '加强乡镇卫生院建设，改善农村医疗条件。',
    },
    {
      text: '制定印发加快推竟高速公路电子不停车快捷收费应用服务实施方案。',
      why: 'ECSpell validation: a slip before 高速 leaves a non-word pair (推竟) too; 高速 is no head of routeOfTwoPlaces',
      errors: [{ line: 1, column: 8, endColumn: 9, message: '“推竟”疑为“推进”（近音别字：“竟”应为“进”），请核对。' }],
      output: '制定印发加快推进高速公路电子不停车快捷收费应用服务实施方案。',
    },
    {
      text: '加快推进实线高速建设。',
      why: 'two characters before 高速 that are a dictionary word (实线): still checked (the boundary of routeOfTwoPlaces)',
      errors: [{ line: 1, column: 6, endColumn: 7, message: '“实线”疑为“实现”（同音别字：“线”应为“现”），请核对。' }],
      output: '加快推进实现高速建设。',
    },
    {
      text: '新增婴幼儿托位数不少于5000个，完善普惠托育服务体制机制，提升服务质良。',
      why: 'round 30: a slip in city-report language (heldout-s30c, unseen by the data) whose neighbours now vouch by the pairs of city reports (位数, 托育): still found',
      errors: [{ line: 1, column: 36, endColumn: 37, message: '“质良”疑为“质量”（同音别字：“良”应为“量”），请核对。' }],
      output: '新增婴幼儿托位数不少于5000个，完善普惠托育服务体制机制，提升服务质量。',
    },
    {
      text: '要地高工作效率。',
      why: '地 before 高 + no noun of manner is still checked (the boundary of adverbialDiBeforeHigh)',
      errors: [{ line: 1, column: 2, endColumn: 3, message: '“要地”疑为“要提”（同音别字：“地”应为“提”），请核对。' }],
      output: '要提高工作效率。',
    },
    {
      text: '大力发展铝铀产业。',
      why: 'no metal beside it and no material after it: 铝铀 is still 旅游 typed wrong (the boundary of metalElement)',
      errors: [{ line: 1, column: 5, endColumn: 7, message: '“铝铀”疑为“旅游”（两字误打成同音词：“铝铀”应为“旅游”），请核对。' }],
      output: '大力发展旅游产业。',
    },
    {
      text: '及时处锂群众反映的问题。',
      why: 'a metal where a word is meant (处理): still reported (the boundary of metalElement)',
      errors: [{ line: 1, column: 4, endColumn: 5, message: '“处锂”疑为“处理”（同音别字：“锂”应为“理”），请核对。' }],
      output: '及时处理群众反映的问题。',
    },
    {
      text: '组织企业参加世搏会。',
      why: 'a slip inside 博会 itself is still reported (the boundary of fairAbbreviation)',
      errors: [{ line: 1, column: 8, endColumn: 9, message: '“世搏”疑为“世博”（同音别字：“搏”应为“博”），请核对。' }],
      output: '组织企业参加世博会。',
    },
    {
      text: '要季季参与社区治理。',
      why: 'a reduplicated pair with no other beside it is still 积极 typed wrong (the boundary of reduplicationSeries)',
      errors: [{ line: 1, column: 2, endColumn: 4, message: '“季季”疑为“积极”（两字误打成同音词：“季季”应为“积极”），请核对。' }],
      output: '要积极参与社区治理。',
    },
    {
      text: '进一步招强管理。',
      why: '招 with no 引 two characters on is still 加强 typed wrong (the boundary of attractSlogan)',
      errors: [{ line: 1, column: 4, endColumn: 5, message: '“招强”疑为“加强”（形近别字：“招”应为“加”），请核对。' }],
      output: '进一步加强管理。',
    },
    {
      text: '要继须推进改革。',
      why: 'without 亟 the 须 is still 续 typed wrong (the boundary of urgentJi)',
      errors: [{ line: 1, column: 3, endColumn: 4, message: '“继须”疑为“继续”（同音别字：“须”应为“续”），请核对。' }],
      output: '要继续推进改革。',
    },
    {
      text: '全体委员意见高度已致，同意提交大会审议。',
      why: '已致 with no count after it is still 一致 typed wrong (the boundary of alreadyCaused)',
      errors: [{ line: 1, column: 9, endColumn: 10, message: '“已致”疑为“一致”（同音别字：“已”应为“一”），请核对。' }],
      output: '全体委员意见高度一致，同意提交大会审议。',
    },
    {
      text: '一是支持开展八城联创，推竟城市发展补短板。\n省级已下达我市2026年提前批新增政府债务限额，全体委员意见高度已致。\n我市已制定市级支出标准16个，各项工作实线平稳运行。\n融资成本明显下降，信用环境逐步趋暖，问题处锂及时。\n推进基金矩阵建设，欣兴生物制造产业发展基金已完成注册。',
      why: 'round 31 guards: the quiet phrases next to real slips, which are still found (a guard quiets its own phrase only); 欣 is no character of names only',
      errors: [
        { line: 1, column: 13, endColumn: 14, message: '“推竟”疑为“推进”（近音别字：“竟”应为“进”），请核对。' },
        { line: 2, column: 33, endColumn: 34, message: '“已致”疑为“一致”（同音别字：“已”应为“一”），请核对。' },
        { line: 3, column: 21, endColumn: 22, message: '“实线”疑为“实现”（同音别字：“线”应为“现”），请核对。' },
        { line: 4, column: 22, endColumn: 23, message: '“处锂”疑为“处理”（同音别字：“锂”应为“理”），请核对。' },
        { line: 5, column: 10, endColumn: 11, message: '“欣兴”疑为“新兴”（同音别字：“欣”应为“新”），请核对。' },
      ],
      output: '一是支持开展八城联创，推进城市发展补短板。\n省级已下达我市2026年提前批新增政府债务限额，全体委员意见高度一致。\n我市已制定市级支出标准16个，各项工作实现平稳运行。\n融资成本明显下降，信用环境逐步趋暖，问题处理及时。\n推进基金矩阵建设，新兴生物制造产业发展基金已完成注册。',
    },
    {
      text: '要充分发挥世卫组织部牵头抓总作用。',
      why: 'a 组织部 is a Party department, no world organisation: 世卫 before it is still 市委 typed wrong (the boundary of worldOrganisation)',
      errors: [{ line: 1, column: 6, endColumn: 8, message: '“世卫”疑为“市委”（两字误打成同音词：“世卫”应为“市委”），请核对。' }],
      output: '要充分发挥市委组织部牵头抓总作用。',
    },
    {
      text: '全省所忧企业都要参加安全生产培训。',
      why: 'no 之 before 所: 所忧 is still 所有 typed wrong (the boundary of nominalisedAfterZhiSuo)',
      errors: [{ line: 1, column: 4, endColumn: 5, message: '“所忧”疑为“所有”（同音别字：“忧”应为“有”），请核对。' }],
      output: '全省所有企业都要参加安全生产培训。',
    },
    {
      text: '推进各项事也发展，确保社会大局稳定。',
      why: 'no 什么/任何 before it: 事也 is still 事业 typed wrong (the boundary of concessiveYe)',
      errors: [{ line: 1, column: 6, endColumn: 7, message: '“事也”疑为“事业”（同音别字：“也”应为“业”），请核对。' }],
      output: '推进各项事业发展，确保社会大局稳定。',
    },
    {
      text: '股利行业协会、社会组织和消费者更好地参与标准化和质量工作。',
      why: 'ECSpell odw, validation fold: a homophone word whose context flips to it (no window over 股利 is official phrasing, two over 鼓励 are); caught since the operating point of round 25 counts such a flip as 12 (bench/wrong-character-sweep.ts)',
      errors: [{ line: 1, column: 1, endColumn: 3, message: '“股利”疑为“鼓励”（两字误打成同音词：“股利”应为“鼓励”），请核对。' }],
      output: '鼓励行业协会、社会组织和消费者更好地参与标准化和质量工作。',
    },
    {
      text: '坚持科技创新质量、绩效、攻陷为核心的评价导向。\n故里钢铁产能规模较大的重点地区支持属地企业主动承担更多的压减任务。',
      why: 'ECSpell odw, train fold: more homophone words the context flips to, caught at the same operating point (the near-homophone word 农业用水孝女 → 效率 of this test is no longer found since round 28: a near reading of a written word must complete a longer word)',
      errors: [
        { line: 1, column: 13, endColumn: 15, message: '“攻陷”疑为“贡献”（两字误打成同音词：“攻陷”应为“贡献”），请核对。' },
        { line: 2, column: 1, endColumn: 3, message: '“故里”疑为“鼓励”（两字误打成同音词：“故里”应为“鼓励”），请核对。' },
      ],
      output: '坚持科技创新质量、绩效、贡献为核心的评价导向。\n鼓励钢铁产能规模较大的重点地区支持属地企业主动承担更多的压减任务。',
    },
    {
      text: '国务院有关部门、北京市人民政府要根据上述调整，及时对本部门、本市制定的规章和规范性文件作相应调整，建立与十点工作相适应的管理制度。',
      why: 'ECSpell odw: a numeral typed for a homophone (十点 for 试点) is still found — 点 is no measure word of a count in report prose',
      errors: [{ line: 1, column: 53, endColumn: 54, message: '“十点”疑为“试点”（同音别字：“十”应为“试”），请核对。' }],
      output: '国务院有关部门、北京市人民政府要根据上述调整，及时对本部门、本市制定的规章和规范性文件作相应调整，建立与试点工作相适应的管理制度。',
    },
    {
      text: '各级党组织和领导干部要切实抓好本意见的贯彻落实，对各项监督制度不拆不扣执行到位。\n发现农作物病虫害严重发生或者暴发的，应当及时报告所在地县级人民政府农亚农村主管部门。\n完善多捞多得、技高者多得的技能人才收入分配政策。',
      why: 'ECSpell odw: slips inside set parallels are still found — the correction makes a set phrase (不折不扣, 多劳多得) or a half is a word (农村); the repeated-head guard leaves only coined parallels alone',
      errors: [
        { line: 1, column: 33, endColumn: 34, message: '“不拆”疑为“不折”（形近别字：“拆”应为“折”），请核对。' },
        { line: 2, column: 35, endColumn: 36, message: '“农亚”疑为“农业”（形近别字：“亚”应为“业”），请核对。' },
        { line: 3, column: 4, endColumn: 5, message: '“多捞”疑为“多劳”（同音别字：“捞”应为“劳”），请核对。' },
      ],
      output: '各级党组织和领导干部要切实抓好本意见的贯彻落实，对各项监督制度不折不扣执行到位。\n发现农作物病虫害严重发生或者暴发的，应当及时报告所在地县级人民政府农业农村主管部门。\n完善多劳多得、技高者多得的技能人才收入分配政策。',
    },
    {
      text: '支持制定外贸新业态领域的玉家、行业和地方标准，鼓励行业协会制定相关才体标准。',
      why: 'ECSpell odw: look-alikes by how characters are built (国 is 囗 around 玉, 团 is 囗 around 才; cjk-decomp), which stroke orders and same_stroke.txt miss',
      errors: [
        { line: 1, column: 13, endColumn: 14, message: '“玉家”疑为“国家”（形近别字：“玉”应为“国”），请核对。' },
        { line: 1, column: 34, endColumn: 35, message: '“才体”疑为“团体”（形近别字：“才”应为“团”），请核对。' },
      ],
      output: '支持制定外贸新业态领域的国家、行业和地方标准，鼓励行业协会制定相关团体标准。',
    },
    {
      text: '辅助性职位，是指具有较强事务性，在机关工作中处于辅肋地位的职位。\n财政部、全国工商朕等单位负责\n做好易地扶贫搬迀后续扶持工作。',
      why: 'ECSpell odw: look-alikes only glyph images yield (肋/助, 朕/联, 迀/迁: data/wrong-character/glyph-lookalikes.tsv, tools/glyph-lookalikes.py); 迀 is a character no text of ours uses',
      errors: [
        { line: 1, column: 26, endColumn: 27, message: '“辅肋”疑为“辅助”（形近别字：“肋”应为“助”），请核对。' },
        { line: 2, column: 9, endColumn: 10, message: '“工商朕”疑为“工商联”（形近别字：“朕”应为“联”），请核对。' },
        { line: 3, column: 8, endColumn: 9, message: '“搬迀”疑为“搬迁”（形近别字：“迀”应为“迁”），请核对。' },
      ],
      output: '辅助性职位，是指具有较强事务性，在机关工作中处于辅助地位的职位。\n财政部、全国工商联等单位负责\n做好易地扶贫搬迁后续扶持工作。',
    },
    {
      text: '联席会议由农业农村部、中央农办、司法部、财政部、自兰资源部、国家档案局等部门和单位组成。\n分不实现排污许可全互盖。',
      why: 'ECSpell odw: near readings of the fuzzy-pinyin settings r/l and f/h (兰 lan typed for 然 ran, 互 hu for 覆 fu)',
      errors: [
        { line: 1, column: 26, endColumn: 27, message: '“自兰”疑为“自然”（近音别字：“兰”应为“然”），请核对。' },
        { line: 2, column: 10, endColumn: 11, message: '“互盖”疑为“覆盖”（近音别字：“互”应为“覆”），请核对。' },
      ],
      output: '联席会议由农业农村部、中央农办、司法部、财政部、自然资源部、国家档案局等部门和单位组成。\n分不实现排污许可全覆盖。',
    },
    {
      text: '承担预算债效评价有关工作。',
      why: 'ECSpell odw: a look-alike a little rarer than the written character (绩 of 绩效: 137 uses in official texts to 248 of 债) is offered',
      errors: [{ line: 1, column: 5, endColumn: 6, message: '“债效”疑为“绩效”（形近别字：“债”应为“绩”），请核对。' }],
      output: '承担预算绩效评价有关工作。',
    },
    {
      text: '完善检验检测体系，加强检验检测公共报务平台建设。\n3.是否存在干预安全培训机构的正常教学工作，利用聒权向安全培训机构索要钱物、推销产品等违规违纪行为。\n合川区三庙镇凤山村兑支部',
      why: 'ECSpell odw (validation ×2, train): a character around a part only as large as the rest (服: 𠬝 beside 月; 聒: 耳 beside 舌) looks like one whose main part it is, in the same place of the same layout (报: 𠬝 beside 扌; 职: 耳 beside 只) — round 35',
      errors: [
        { line: 1, column: 18, endColumn: 19, message: '“报务”疑为“服务”（形近别字：“报”应为“服”），请核对。' },
        { line: 2, column: 25, endColumn: 26, message: '“聒权”疑为“职权”（形近别字：“聒”应为“职”），请核对。' },
        { line: 3, column: 10, endColumn: 11, message: '“兑支部”疑为“党支部”（形近别字：“兑”应为“党”），请核对。' },
      ],
      output: '完善检验检测体系，加强检验检测公共服务平台建设。\n3.是否存在干预安全培训机构的正常教学工作，利用职权向安全培训机构索要钱物、推销产品等违规违纪行为。\n合川区三庙镇凤山村党支部',
    },
    {
      text: '南部战区海军第二医浣党委\n焙育和发展中国特色商会组织。\n厂西壮族自治区（11个）：',
      why: 'ECSpell odw: characters around the same main part (院/浣: 完; 培/焙: 咅), and 广 = 厂 with a dot',
      errors: [
        { line: 1, column: 10, endColumn: 11, message: '“医浣”疑为“医院”（形近别字：“浣”应为“院”），请核对。' },
        { line: 2, column: 1, endColumn: 2, message: '“焙育”疑为“培育”（形近别字：“焙”应为“培”），请核对。' },
        { line: 3, column: 1, endColumn: 2, message: '“厂西”疑为“广西”（形近别字：“厂”应为“广”），请核对。' },
      ],
      output: '南部战区海军第二医院党委\n培育和发展中国特色商会组织。\n广西壮族自治区（11个）：',
    },
    {
      text: '加强秧田菅理，科学调控肥水，培育壮秧。',
      why: 'ECSpell odw: 管 and 菅 share 官 below tops of six and three strokes (⺮, 艹)',
      errors: [{ line: 1, column: 5, endColumn: 6, message: '“菅理”疑为“管理”（形近别字：“菅”应为“管”），请核对。' }],
      output: '加强秧田管理，科学调控肥水，培育壮秧。',
    },
    {
      text: '国务院关锐税则委员会的通知',
      why: 'ECSpell odw: 税 and 锐 share 兑 beside 禾 and 钅 (five strokes each)',
      errors: [{ line: 1, column: 5, endColumn: 6, message: '“关锐”疑为“关税”（形近别字：“锐”应为“税”），请核对。' }],
      output: '国务院关税税则委员会的通知',
    },
    {
      text: '推动发展电梯责任保剑，探索有效保障模式，及时做好理赔服务。',
      why: 'ECSpell odw: 险 and 剑 share 佥, with 阝 before it and 刂 after it: the small part may sit elsewhere',
      errors: [{ line: 1, column: 10, endColumn: 11, message: '“保剑”疑为“保险”（形近别字：“剑”应为“险”），请核对。' }],
      output: '推动发展电梯责任保险，探索有效保障模式，及时做好理赔服务。',
    },
    {
      text: '朝阳环镜集团有限责任公司党委书记、总经理',
      why: 'ECSpell odw: a slip right before the head of a company name (环镜集团 for 环境集团) is still found: official phrasing confirms 环境集 on every window',
      errors: [{ line: 1, column: 4, endColumn: 5, message: '“环镜”疑为“环境”（同音别字：“镜”应为“境”），请核对。' }],
      output: '朝阳环境集团有限责任公司党委书记、总经理',
    },
    {
      text: '新建市民文化艺术中心和历吏博物馆。',
      why: 'a slip in the name of a museum is still found: official phrasing confirms 历史 on every window',
      errors: [{ line: 1, column: 13, endColumn: 14, message: '“历吏”疑为“历史”（形近别字：“吏”应为“史”），请核对。' }],
      output: '新建市民文化艺术中心和历史博物馆。',
    },
    {
      text: '加快建设国家大数局中心，提升算力水平。',
      why: 'a slip right before 中心 (the head of a name since round 30) is still found: official phrasing confirms 大数据 and 数据中',
      errors: [{ line: 1, column: 9, endColumn: 10, message: '“数局”疑为“数据”（同音别字：“局”应为“据”），请核对。' }],
      output: '加快建设国家大数据中心，提升算力水平。',
    },
    {
      text: '不得参加可能影响大清茶工作的任何活动。',
      why: 'ECSpell odw: 清查 takes 清 from 大清, but official phrasing confirms it (影响大清查工作), so the slip is still found',
      errors: [{ line: 1, column: 11, endColumn: 12, message: '“清茶”疑为“清查”（同音别字：“茶”应为“查”），请核对。' }],
      output: '不得参加可能影响大清查工作的任何活动。',
    },
    {
      text: '内蒙古自治区乌兰察布市大力培育发展大数局产业。',
      why: 'ECSpell odw: 局 for 据 (same reading ju)',
      errors: [{ line: 1, column: 20, endColumn: 21, messageId: 'homophone', severity: 'warn', message: '“数局”疑为“数据”（同音别字：“局”应为“据”），请核对。' }],
      output: '内蒙古自治区乌兰察布市大力培育发展大数据产业。',
    },
    {
      text: '定点医药机构应当组织开展医疗保障基金相关制毒、政策的培训，定期检查本单位医疗保障基金使用情况。',
      why: 'ECSpell odw: 毒 for 度 at the end of a clause (before 、), where one window of set phrasing covers it',
      errors: [{ line: 1, column: 22, endColumn: 23, text: '毒' }],
      output: '定点医药机构应当组织开展医疗保障基金相关制度、政策的培训，定期检查本单位医疗保障基金使用情况。',
    },
    {
      text: '要组织开展招投标领域专项整治，肖除在招投标过程中对不同所有制企业设置的各类不合理限制和壁垒。',
      why: 'ECSpell odw: 肖 for 消 opening a clause',
      errors: [{ line: 1, column: 16, endColumn: 17, text: '肖' }],
      output: '要组织开展招投标领域专项整治，消除在招投标过程中对不同所有制企业设置的各类不合理限制和壁垒。',
    },
    {
      text: '全行业无染物排放总量持续下降。',
      why: 'the issue: 无染物 for 污染物',
      errors: [{ line: 1, column: 4, endColumn: 5, text: '无' }],
      output: '全行业污染物排放总量持续下降。',
    },
    {
      text: '组织开展民主评义活动。',
      why: 'the issue: 评义 for 评议',
      errors: [{ line: 1, column: 8, endColumn: 9, text: '义' }],
      output: '组织开展民主评议活动。',
    },
    {
      text: '人民很行、财政部、国家发展改革委共同指导。\n人民很行、财政部按职责分工负责。',
      why: 'round 31 (四): a recurring written form always between the same neighbours (民很行、) is one phrase copied, not a term of the writer’s own: reported',
      errors: [
        { line: 1, column: 3, endColumn: 4, message: '“很行”疑为“银行”（形近别字：“很”应为“银”），请核对。' },
        { line: 2, column: 3, endColumn: 4, message: '“很行”疑为“银行”（形近别字：“很”应为“银”），请核对。' },
      ],
      output: '人民银行、财政部、国家发展改革委共同指导。\n人民银行、财政部按职责分工负责。',
    },
    {
      text: '国务院教育独到委员会组成人员的通知\n港澳台居民居住证神灵发放办法\n国务院教育独到委员会组陈人员的通知\n港澳台居民居住证神灵发晃办法',
      why: 'round 31 (四), ECSpell odw sentences in one document: each slip recurs between the same neighbours (育独到委, 证神灵发), copied, and is reported at every occurrence',
      errors: [
        { line: 1, column: 6, endColumn: 8, message: '“独到”疑为“督导”（两字误打成同音词：“独到”应为“督导”），请核对。' },
        { line: 2, column: 9, endColumn: 11, message: '“神灵”疑为“申领”（两字误打成同音词：“神灵”应为“申领”），请核对。' },
        { line: 3, column: 6, endColumn: 8, message: '“独到”疑为“督导”（两字误打成同音词：“独到”应为“督导”），请核对。' },
        { line: 3, column: 12, endColumn: 13, text: '陈' },
        { line: 4, column: 9, endColumn: 11, message: '“神灵”疑为“申领”（两字误打成同音词：“神灵”应为“申领”），请核对。' },
      ],
      output: '国务院教育督导委员会组成人员的通知\n港澳台居民居住证申领发放办法\n国务院教育督导委员会组成人员的通知\n港澳台居民居住证申领发晃办法',
    },
    {
      text: '人民很行、财政部、国家发展改革委共同指导。',
      why: 'look-alike: 很 for 银',
      errors: [{ line: 1, column: 3, endColumn: 4, message: '“很行”疑为“银行”（形近别字：“很”应为“银”），请核对。' }],
      output: '人民银行、财政部、国家发展改革委共同指导。',
    },
    { text: '加强基层政付建设，提升治理能力。', errors: [{ line: 1, column: 6, endColumn: 7, text: '付' }], output: '加强基层政府建设，提升治理能力。' },
    { text: '对重大行政决策实行专家论证制渡。', errors: [{ line: 1, column: 15, endColumn: 16, text: '渡' }], output: '对重大行政决策实行专家论证制度。' },
    { text: '推动工做落实，确保取得实效。', errors: [{ line: 1, column: 4, endColumn: 5, text: '做' }], output: '推动工作落实，确保取得实效。' },
    {
      text: '公务用车主管部门按照政府菜狗法律法规和国家有关政策规定，统一组织实施公务用车集中采购。',
      why: 'ECSpell odw: a pair slip, both characters typed for others of the same reading (菜狗 for 采购)',
      errors: [{ line: 1, column: 13, endColumn: 15, message: '“菜狗”疑为“采购”（两字误打成同音词：“菜狗”应为“采购”），请核对。' }],
      output: '公务用车主管部门按照政府采购法律法规和国家有关政策规定，统一组织实施公务用车集中采购。',
    },
    {
      text: '由国家发展改革委、斗技部牵头，2025年底前完成。',
      why: 'ECSpell odw: a slip inside the name of an institution (斗技部 for 科技部): the name is evidence the word model alone does not give',
      errors: [{ line: 1, column: 10, endColumn: 11, message: '“斗技”疑为“科技”（形近别字：“斗”应为“科”），请核对。' }],
      output: '由国家发展改革委、科技部牵头，2025年底前完成。',
    },
    {
      text: '商务部、海关总署、水务总局按职责分工负责。',
      why: 'ECSpell odw: 水务 is a word of its own, but 税务总局 is the institution the list names',
      errors: [{ line: 1, column: 10, endColumn: 11, message: '“水务”疑为“税务”（同音别字：“水”应为“税”），请核对。' }],
      output: '商务部、海关总署、税务总局按职责分工负责。',
    },
    {
      text: '国家发展改革委、教育部、柴政部、人力资源社会保障部按职责分工负责。',
      why: 'ECSpell odw: a three-character item of a list of institutions (柴政部 between 教育部 and 人力资源社会保障部) is checked, and corrected only into an institution name',
      errors: [{ line: 1, column: 13, endColumn: 14, message: '“柴政”疑为“财政”（近音别字：“柴”应为“财”），请核对。' }],
      output: '国家发展改革委、教育部、财政部、人力资源社会保障部按职责分工负责。',
    },
    {
      text: '内蒙古自治区公女厅警务技术三级主管',
      why: 'ECSpell odw validation fold, round 30: 公安厅 is in the official texts once (they are national), too rarely for set phrasing, but jieba knows it well (62 uses) and the slip is not its suffix',
      errors: [{ line: 1, column: 8, endColumn: 9, message: '“公女”疑为“公安”（形近别字：“女”应为“安”），请核对。' }],
      output: '内蒙古自治区公安厅警务技术三级主管',
    },
    {
      text: '社区党总支书籍、居委会主任\n哈尔滨医科大学副交长、党委常委\n中铁十二局集团项目常务斤理',
      why: 'ECSpell odw: the title of a post ending an item of a list or a signature line (书籍 for 书记, 交长 for 校长, 斤理 for 经理)',
      errors: [
        { line: 1, column: 7, endColumn: 8, message: '“书籍”疑为“书记”（同音别字：“籍”应为“记”），请核对。' },
        { line: 2, column: 9, endColumn: 10, message: '“交长”疑为“校长”（同音别字：“交”应为“校”），请核对。' },
        { line: 3, column: 12, endColumn: 13, message: '“斤理”疑为“经理”（近音别字：“斤”应为“经”），请核对。' },
      ],
      output: '社区党总支书记、居委会主任\n哈尔滨医科大学副校长、党委常委\n中铁十二局集团项目常务经理',
    },
    {
      text: '对革命老区、民族地区、边江地区、贫困地区的财力补助；',
      why: 'ECSpell odw: a slip in one member of a series (边江地区 beside 民族地区): the shared 地区 does not make the differing head deliberate',
      errors: [{ line: 1, column: 13, endColumn: 14, message: '“边江”疑为“边疆”（同音别字：“江”应为“疆”），请核对。' }],
      output: '对革命老区、民族地区、边疆地区、贫困地区的财力补助；',
    },
    {
      text: '联席悔意办公室设在民政不，承担联席会议日昌工作。',
      why: 'ECSpell odw: a pair slip that is itself a word (悔意), reported because 会议 joins 联席 into a dictionary word (联席会议); 日昌 for 日常 on the set phrasing of official texts (日常工); 不 for 部 because 民政部 is the name of an institution',
      errors: [
        { line: 1, column: 3, endColumn: 5, message: '“悔意”疑为“会议”（两字误打成同音词：“悔意”应为“会议”），请核对。' },
        { line: 1, column: 12, endColumn: 13, message: '“民政不”疑为“民政部”（同音别字：“不”应为“部”），请核对。' },
        { line: 1, column: 21, endColumn: 22, message: '“日昌”疑为“日常”（同音别字：“昌”应为“常”），请核对。' },
      ],
      output: '联席会议办公室设在民政部，承担联席会议日常工作。',
    },
    {
      text: '建立稳定智齿和竞争性支持相协调的投入机制，推动科学研究、人才培养与基地建设全面发展。',
      why: 'ECSpell odw: a homophone word picked whole from the input method (智齿 for 支持): the written pair is a word, but official texts never use it, and 支持 is one of their common words',
      errors: [{ line: 1, column: 5, endColumn: 7, message: '“智齿”疑为“支持”（两字误打成同音词：“智齿”应为“支持”），请核对。' }],
      output: '建立稳定支持和竞争性支持相协调的投入机制，推动科学研究、人才培养与基地建设全面发展。',
    },
    {
      text: '调整后，中央统战部在宗教事务管理方面的主要职责是，贯彻落实党的总教工作基本方针和政策，研究拟订宗教工作的政策错失并督促落实，统筹协调宗教工作。',
      why: 'ECSpell odw: homophone word 错失 for 措施; 总教 for 宗教 stays out of reach: 的总 (党的总目标…) is so common in official texts that it vouches for 总',
      errors: [{ line: 1, column: 55, endColumn: 57, message: '“错失”疑为“措施”（两字误打成同音词：“错失”应为“措施”），请核对。' }],
      output: '调整后，中央统战部在宗教事务管理方面的主要职责是，贯彻落实党的总教工作基本方针和政策，研究拟订宗教工作的政策措施并督促落实，统筹协调宗教工作。',
    },
    {
      text: '各部门要健全考核评价极致，压实工作责任。\n进一步规范市场只许，维护消费者合法权益。\n经研究，由局党组作出绝顶。',
      why: 'homophone words picked whole (极致 for 机制, 只许 for 秩序, 绝顶 for 决定): official texts never use the written word, and the windows over the pair become their set phrasing (评价机, 机制，…)',
      errors: [
        { line: 1, column: 11, endColumn: 13, message: '“极致”疑为“机制”（两字误打成同音词：“极致”应为“机制”），请核对。' },
        { line: 2, column: 8, endColumn: 10, message: '“只许”疑为“秩序”（两字误打成同音词：“只许”应为“秩序”），请核对。' },
        { line: 3, column: 11, endColumn: 13, message: '“绝顶”疑为“决定”（两字误打成同音词：“绝顶”应为“决定”），请核对。' },
      ],
      output: '各部门要健全考核评价机制，压实工作责任。\n进一步规范市场秩序，维护消费者合法权益。\n经研究，由局党组作出决定。',
    },
    {
      text: '联席会议成员因工作变动需要调整的，由所在单位提出，练习会议确定。',
      why: 'ECSpell odw: homophone word 练习 for 联席, an uncommon word of official texts (44 uses) that its context asks for',
      errors: [{ line: 1, column: 26, endColumn: 28, message: '“练习”疑为“联席”（两字误打成同音词：“练习”应为“联席”），请核对。' }],
      output: '联席会议成员因工作变动需要调整的，由所在单位提出，联席会议确定。',
    },
    {
      text: '各地要加强县级富有保健院标准化建设，提升基层服务能力。\n县疾病预防空置中心负责辖区传染病疫情监测。',
      why: 'homophone words that complete a set term with their neighbours (妇幼保健院, 疾病预防控制中心) where the written word makes none and the context flips to them (longWordFlips); 富有 is used twice in official texts, so the never-used test of pairContextFlips does not apply',
      errors: [
        { line: 1, column: 8, endColumn: 10, message: '“富有”疑为“妇幼”（两字误打成同音词：“富有”应为“妇幼”），请核对。' },
        { line: 2, column: 6, endColumn: 8, message: '“空置”疑为“控制”（两字误打成同音词：“空置”应为“控制”），请核对。' },
      ],
      output: '各地要加强县级妇幼保健院标准化建设，提升基层服务能力。\n县疾病预防控制中心负责辖区传染病疫情监测。',
    },
    {
      text: '指导各省级人民政府开展公共自愿交易平台整合工作。\n推广政权期货纠纷示范判决机制。',
      why: 'ECSpell odw (train fold): homophone words typed whole where the written word is one official texts use (自愿 vouches for its characters, 政权 leaves them suspicious), so only a context that flips both ways tells: no window over the pair is set phrasing as written, three or four are with the replacement (vouchedPairFlips)',
      errors: [
        { line: 1, column: 14, endColumn: 16, message: '“自愿”疑为“资源”（两字误打成同音词：“自愿”应为“资源”），请核对。' },
        { line: 2, column: 3, endColumn: 5, message: '“政权”疑为“证券”（两字误打成同音词：“政权”应为“证券”），请核对。' },
      ],
      output: '指导各省级人民政府开展公共资源交易平台整合工作。\n推广证券期货纠纷示范判决机制。',
    },
    {
      text: '相信组织、依靠组织，配合做好了解合适工作，实事求是说明问题。\n建立义务教育入学联控连报工作机制。',
      why: 'ECSpell odw (validation fold, round 28): homophone words typed whole where only one window over the pair flips to the replacement (pairContextFlips asks for two) but the clause\'s words go with it and none with the written word (核实: all four other words of its clause, 配合, 做好, 了解, 工作; 联保: all six other words of its clause): collocationFlips',
      errors: [
        { line: 1, column: 17, endColumn: 19, message: '“合适”疑为“核实”（两字误打成同音词：“合适”应为“核实”），请核对。' },
        { line: 2, column: 11, endColumn: 13, message: '“连报”疑为“联保”（两字误打成同音词：“连报”应为“联保”），请核对。' },
      ],
      output: '相信组织、依靠组织，配合做好了解核实工作，实事求是说明问题。\n建立义务教育入学联控联保工作机制。',
    },
    {
      text: '鼓励企业制定严于枪支性国家标准的企业标准。\n上海运用车检“周恩来号”机车组党止步',
      why: 'ECSpell odw (train fold), the boundary of writtenCollocated (round 28): the clause\'s words go with the written word (企业 with 枪支; 机车 with 止步) and none with the replacement, but the replacement makes a longer dictionary word with a neighbour (强制性, 党支部): still a slip',
      errors: [
        { line: 1, column: 9, endColumn: 11, message: '“枪支”疑为“强制”（两字误打成同音词：“枪支”应为“强制”），请核对。' },
        { line: 2, column: 17, endColumn: 19, message: '“止步”疑为“支部”（两字误打成同音词：“止步”应为“支部”），请核对。' },
      ],
      output: '鼓励企业制定严于强制性国家标准的企业标准。\n上海运用车检“周恩来号”机车组党支部',
    },
    {
      text: '及时有效全面收治轻症唤着，减少向重症转化。',
      why: 'ECSpell odw (train fold, round 28): a homophone word ending a clause — the end is evidence for a pair as for a single character (endRatio: 患者 ends clauses of official text, 唤着 never)',
      errors: [{ line: 1, column: 11, endColumn: 13, message: '“唤着”疑为“患者”（两字误打成同音词：“唤着”应为“患者”），请核对。' }],
      output: '及时有效全面收治轻症患者，减少向重症转化。',
    },
    {
      text: '加强与国际组织的协同合作，共同制订工业互联网标准规范和国际归责。',
      why: 'ECSpell odw (train fold): a homophone word (归责 for 规则) that official texts never use, in a context that flips to the replacement; the character model need only agree by 10 (homophoneWordFlipMinCharGain: the flip is the evidence, and on clean text it is rare at any value from 0 to 16)',
      errors: [{ line: 1, column: 30, endColumn: 32, message: '“归责”疑为“规则”（两字误打成同音词：“归责”应为“规则”），请核对。' }],
      output: '加强与国际组织的协同合作，共同制订工业互联网标准规范和国际规则。',
    },
    {
      text: '到2030年，全国耕地质量水平和农业用水孝女进一步提高。\n向地方党委报备规范性文件的党卒子范围，参照前款规定。\n明确车用操作系统、车用急促地图、车桩信息共享等技术接口标准。',
      why: 'round 33, ECSpell odw (train fold): a written dictionary word official texts never use for a common official word one character reads near (孝女 xiàonǚ for 效率 xiàolǜ, n/l; 卒子 for 组织, z/zh; 急促 for 基础, c/ch) where three or more of the four windows over the pair flip to it, none as written (nearWordFlips): round 28 asked a longer word of every near reading',
      errors: [
        { line: 1, column: 21, endColumn: 23, message: '“孝女”疑为“效率”（两字误打成近音词：“孝女”应为“效率”），请核对。' },
        { line: 2, column: 15, endColumn: 17, message: '“卒子”疑为“组织”（两字误打成近音词：“卒子”应为“组织”），请核对。' },
        { line: 3, column: 12, endColumn: 14, message: '“急促”疑为“基础”（两字误打成近音词：“急促”应为“基础”），请核对。' },
      ],
      output: '到2030年，全国耕地质量水平和农业用水效率进一步提高。\n向地方党委报备规范性文件的党组织范围，参照前款规定。\n明确车用操作系统、车用基础地图、车桩信息共享等技术接口标准。',
    },
    {
      text: '中山市扶贫办驻肇庆事广宁县工作族\n聋西县扶贫凯发办公室党组书记、主任',
      why: 'round 33, ECSpell odw (train fold): a second slip of a run beside one already reported, scored again with that one corrected (afterReportedSlips): 工作族 → 工作组 once 肇庆事 → 肇庆市 is made, 聋西 → 陇西 once 凯发 → 开发',
      errors: [
        { line: 1, column: 10, endColumn: 11, message: '“肇庆事”疑为“肇庆市”（同音别字：“事”应为“市”），请核对。' },
        { line: 1, column: 16, endColumn: 17, message: '“工作族”疑为“工作组”（同音别字：“族”应为“组”），请核对。' },
        { line: 2, column: 1, endColumn: 2, message: '“聋西”疑为“陇西”（同音别字：“聋”应为“陇”），请核对。' },
        { line: 2, column: 6, endColumn: 7, message: '“凯发”疑为“开发”（同音别字：“凯”应为“开”），请核对。' },
      ],
      output: '中山市扶贫办驻肇庆市广宁县工作组\n陇西县扶贫开发办公室党组书记、主任',
    },
    {
      text: '全面推进乡村振兴，加快健设农业强省，扎实推进宜居宜业和美乡村建设。\n推动国有资本向重要行业和关健领域集中，完善中国特色现代企业制度。',
      why: 'round 33: one slip in a clean sentence of report language; the rest of its run, scored again with the slip corrected (afterReportedSlips), stays quiet',
      errors: [
        { line: 1, column: 12, endColumn: 13, message: '“健设”疑为“建设”（同音别字：“健”应为“建”），请核对。' },
        { line: 2, column: 14, endColumn: 15, message: '“关健”疑为“关键”（同音别字：“健”应为“键”），请核对。' },
      ],
      output: '全面推进乡村振兴，加快建设农业强省，扎实推进宜居宜业和美乡村建设。\n推动国有资本向重要行业和关键领域集中，完善中国特色现代企业制度。',
    },
    {
      text: '联席会议成员因工作变动需要调整的，由所在单位提出，联系会议确定。',
      why: 'round 33, ECSpell odw (train fold): a real word a neighbour vouches for (联系) whose slipped character is a guarded formal character (系): the real-word path now looks at it too, on the plain evidence a guarded character alone needs (FORMAL_MARGIN)',
      errors: [{ line: 1, column: 27, endColumn: 28, message: '“联系会”疑为“联席会”（同音别字：“系”应为“席”），请核对。' }],
      output: '联席会议成员因工作变动需要调整的，由所在单位提出，联席会议确定。',
    },
    {
      text: '各级临到干部要带头转变工作作风。',
      why: 'a near-homophone word (临到 lín dào for 领导 lǐng dǎo: fuzzy pinyin, -n for -ng), a common word of official texts',
      errors: [{ line: 1, column: 3, endColumn: 5, message: '“临到”疑为“领导”（两字误打成近音词：“临到”应为“领导”），请核对。' }],
      output: '各级领导干部要带头转变工作作风。',
    },
    {
      text: '研制新药、意料器械等产品达200个以上。\n各地打转院校、中小学、幼儿园推迟开学。\n大力红阳新时期工匠精神。',
      why: 'ECSpell odw: a pair slip beside a dictionary word that official texts never use (料器, 地打, 力红): such a word across the edge is the slip’s own making and does not hold the pair in place',
      errors: [
        { line: 1, column: 6, endColumn: 8, message: '“意料”疑为“医疗”（两字误打成同音词：“意料”应为“医疗”），请核对。' },
        { line: 2, column: 3, endColumn: 5, message: '“打转”疑为“大专”（两字误打成同音词：“打转”应为“大专”），请核对。' },
        { line: 3, column: 3, endColumn: 5, message: '“红阳”疑为“弘扬”（两字误打成同音词：“红阳”应为“弘扬”），请核对。' },
      ],
      output: '研制新药、医疗器械等产品达200个以上。\n各地大专院校、中小学、幼儿园推迟开学。\n大力弘扬新时期工匠精神。',
    },
    {
      text: '国务院教育独到委员会组成人员的通知',
      why: 'ECSpell odw: a homophone word whose context flips in all four windows (督导委, 导委员…): the word model may prefer the written word 独到 a little',
      errors: [{ line: 1, column: 6, endColumn: 8, message: '“独到”疑为“督导”（两字误打成同音词：“独到”应为“督导”），请核对。' }],
      output: '国务院教育督导委员会组成人员的通知',
    },
    {
      text: '参加应急处置工作，提供技木、法律等方面支持。',
      why: 'ECSpell odw: look-alike by stroke order (木/术 differ by one stroke), not in same_stroke.txt',
      errors: [{ line: 1, column: 13, endColumn: 14, message: '“技木”疑为“技术”（形近别字：“木”应为“术”），请核对。' }],
      output: '参加应急处置工作，提供技术、法律等方面支持。',
    },
    {
      text: '人力资源社会保障部、中国残联等按职责分工负责，年内持旭推进',
      why: 'ECSpell odw: 旭 (mostly a name character) for 续 — reported because the evidence outweighs its use in names',
      errors: [{ line: 1, column: 27, endColumn: 28, message: '“持旭”疑为“持续”（同音别字：“旭”应为“续”），请核对。' }],
      output: '人力资源社会保障部、中国残联等按职责分工负责，年内持续推进',
    },
    {
      text: '本条例自2021年5月1日起施行。1998年7月13日国务院发布的《非法金融机构和非法金融业务活动取蹄办法》同时废止。',
      why: 'ECSpell odw: a slip inside a 《》 title is reported on strong evidence (取蹄 for 取缔)',
      errors: [{ line: 1, column: 51, endColumn: 52, message: '“取蹄”疑为“取缔”（形近别字：“蹄”应为“缔”），请核对。' }],
      output: '本条例自2021年5月1日起施行。1998年7月13日国务院发布的《非法金融机构和非法金融业务活动取缔办法》同时废止。',
    },
    { text: '加强监督问责，推动洛实行政执法信息公开相关规定。', why: 'ECSpell odw: 洛 for 落; 落实 takes 实 from 实行, but 实行 is the less common word of official texts', errors: [{ line: 1, column: 10, endColumn: 11, text: '洛' }], output: '加强监督问责，推动落实行政执法信息公开相关规定。' },
    { text: '开展“全力以附抓落实”行动。', why: 'a slip in a short quoted slogan is still found on strong evidence (全力以赴)', errors: [{ line: 1, column: 7, endColumn: 8, text: '附' }], output: '开展“全力以赴抓落实”行动。' },
    { text: '本条例自发布之目起施行。', why: 'ECSpell odw: 目 for 日 (one stroke more)', errors: [{ line: 1, column: 8, endColumn: 9, text: '目' }], output: '本条例自发布之日起施行。' },
    { text: '各地区和国务完有关部门负责，2019年底前完成', why: 'ECSpell odw: 完 for 院 (a component left out)', errors: [{ line: 1, column: 7, endColumn: 8, text: '完' }], output: '各地区和国务院有关部门负责，2019年底前完成' },
    {
      text: '完善党内法规制度，加强管里监督。',
      locale: 'en',
      why: 'English message',
      errors: [{ line: 1, column: 13, endColumn: 14, message: '"管里" is probably "管理" (homophone slip: "里" for "理"); check it.' }],
      output: '完善党内法规制度，加强管理监督。',
    },
    {
      text: '人民很行、财政部、国家发展改革委共同指导。\n人民很行、财政部按职责分工负责。\n人民银行、银保监会加强监管。',
      why: 'ECSpell odw: a slip copied into a second sentence, while the writer writes the right form in the same context elsewhere (人民银行、)',
      errors: [
        { line: 1, column: 3, endColumn: 4, text: '很' },
        { line: 2, column: 3, endColumn: 4, text: '很' },
      ],
      output: '人民银行、财政部、国家发展改革委共同指导。\n人民银行、财政部按职责分工负责。\n人民银行、银保监会加强监管。',
    },
    {
      text: '以创建全国文明城市为总抓手，建立与现代化城市相适应的城管体制机制，精心塑造美丽城市、精品城市。\n围绕“一江两城一海湾”发展格局，深入实施新型城镇化战略，树立全周期管理理念，努力打造特色化精品城时。',
      why: 'round 35, held-out cities (潮州 2021, a slip injected): 城时 falls short alone (22.7: report phrasing the data lacks), but the document writes 精品城市。 elsewhere (ownUsageSlips)',
      errors: [{ line: 2, column: 49, endColumn: 50, message: '“城时”疑为“城市”（同音别字：“时”应为“市”），请核对。' }],
      output: '以创建全国文明城市为总抓手，建立与现代化城市相适应的城管体制机制，精心塑造美丽城市、精品城市。\n围绕“一江两城一海湾”发展格局，深入实施新型城镇化战略，树立全周期管理理念，努力打造特色化精品城市。',
    },
    {
      text: '统筹推进三甲医院建设，高水平建设省级区域医疗中心，深化“三医”联动，扎市推进分级诊疗、医疗服务价格调整和医保支付方式改革。\n持续增进民生福祉，扎实推动共同富裕。',
      why: 'round 35, held-out cities (长治 2022, a slip injected): 扎市 is short alone (24.5), the document writes ，扎实推 elsewhere',
      errors: [{ line: 1, column: 36, endColumn: 37, text: '市' }],
      output: '统筹推进三甲医院建设，高水平建设省级区域医疗中心，深化“三医”联动，扎实推进分级诊疗、医疗服务价格调整和医保支付方式改革。\n持续增进民生福祉，扎实推动共同富裕。',
    },
    {
      text: '服务业发展部际联席会义制度的函',
      why: 'ECSpell odw: the right neighbour 制 met 义 16 times in the official texts (社会主义制度), but only ~3 times as often as chance: it no longer vouches for 义',
      errors: [{ line: 1, column: 11, endColumn: 12, message: '“会义”疑为“会议”（同音别字：“义”应为“议”），请核对。' }],
      output: '服务业发展部际联席会议制度的函',
    },
    { text: '质量提生规划（2016—2020年）的通知', why: 'ECSpell odw: 提生 for 提升 (生规 of 招生规模 does not vouch for 生: no more frequent than chance)', errors: [{ line: 1, column: 4, endColumn: 5, text: '生' }], output: '质量提升规划（2016—2020年）的通知' },
    {
      text: '制定商标一班违法判断标准，统一行政执法标准。\n五年内新增发电装机容量一千九百五十万千瓦，采煤能力八千万砘，原油开采能力五千万吨，铁路通车里程一千五百公里、复线里程一千五百公里、电气化里程二千四百公里，港口深水泊位吞吐能力一亿吨。',
      why: 'ECSpell odw; State Council report 1986 (a real slip of the published text): after a numeral a character is usually a classifier (新一版), but where the evidence is plain (一般 45.0, 万吨) it is corrected',
      errors: [
        { line: 1, column: 6, endColumn: 7, message: '“一班”疑为“一般”（同音别字：“班”应为“般”），请核对。' },
        { line: 2, column: 29, endColumn: 30, message: '“万砘”疑为“万吨”（同音别字：“砘”应为“吨”），请核对。' },
      ],
      output: '制定商标一般违法判断标准，统一行政执法标准。\n五年内新增发电装机容量一千九百五十万千瓦，采煤能力八千万吨，原油开采能力五千万吨，铁路通车里程一千五百公里、复线里程一千五百公里、电气化里程二千四百公里，港口深水泊位吞吐能力一亿吨。',
    },
    {
      text: '广西壮族自台区林业局规划财务处\n延长2020年春节假其至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。\n拟订社会发展领或科技创新的规划和政策，提出重大任务并监督实施，推动重大关键技术攻关。',
      why: 'ECSpell odw: a province abbreviation (台) or a formal function character (其, 或) that no neighbour vouches for, where the evidence is plain (自治区, 假期, 领域: 30 or more)',
      errors: [
        { line: 1, column: 6, endColumn: 7, message: '“自台”疑为“自治”（形近别字：“台”应为“治”），请核对。' },
        { line: 2, column: 11, endColumn: 12, message: '“假其”疑为“假期”（同音别字：“其”应为“期”），请核对。' },
        { line: 3, column: 8, endColumn: 9, message: '“领或”疑为“领域”（形近别字：“或”应为“域”），请核对。' },
      ],
      output: '广西壮族自治区林业局规划财务处\n延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。\n拟订社会发展领域科技创新的规划和政策，提出重大任务并监督实施，推动重大关键技术攻关。',
    },
    {
      text: '6．党外代表人士范围。党外代表人士是与中国共产觉团结合作、作出较大贡献，有一定社会影响的非中共人士，包括民主觉派代表人士、无党派代表人士、少数民族代表人士、宗教界代表人士、非公有制经济代表人士、港澳台海外代表人士等。\n19．切实搞好党与党外代表人士的合作共事。支持党外人大代表依法行使职权，支持党外政协委员履行职责，认真办理党外人大代表，政协委员提出的议案，建议和提案，充分发挥觉外代表人士在人大和政协中的作用。坚持民主集中制，健全集体领导和个人分工负责相结合的制度，对党外领导干部分管工作范围内的重要事项应事先听取并尊重党外干部的意见和建议，保证党外干部对分管工作享有行政管理的指挥权、处理问题的决定权和人事任免的建议权。正确处理政府、司法机关、国有企事业单位觉组（党委）与党外领导十部的关系。\n22．明确管理责任。党委统战部门要发挥牵头协调作用，加强与党外代表人十所在单位、所属党派团体和同级人大、政协的联系，从总体上掌握觉外代表人士的情况。党委组织部门在领导班子和干部队伍建设中，要注意加强对党外干部的管理。政协党组要了解和掌握委员中党外代表人士在政协履职情況，及时向党委统战部门通报。党外代表人士所在单位觉组织要加强党与党外代表人士的合作共事，做好思想政治工作，加强日常管理考核。党外代表人士所属觉派团体要发挥自我教育、自我管理、自我监督的作用。',
      why: 'round 37, heldout-s32n2 (a normative document read by OCR: 觉 for 党 throughout): 觉组 twice beside 党组 once looks like the writer\'s own term, but the same look-alike substitution in another word with other neighbours (民主觉派, itself recurring: 所属觉派团体) is a misread glyph, not a term (repeated look-alike)',
      errors: [
        { line: 1, column: 55, endColumn: 56, message: '“觉派”疑为“党派”（形近别字：“觉”应为“党”），请核对。' },
        { line: 2, column: 223, endColumn: 224, message: '“觉组”疑为“党组”（形近别字：“觉”应为“党”），请核对。' },
        { line: 3, column: 158, endColumn: 159, message: '“觉组”疑为“党组”（形近别字：“觉”应为“党”），请核对。' },
      ],
      output: '6．党外代表人士范围。党外代表人士是与中国共产觉团结合作、作出较大贡献，有一定社会影响的非中共人士，包括民主党派代表人士、无党派代表人士、少数民族代表人士、宗教界代表人士、非公有制经济代表人士、港澳台海外代表人士等。\n19．切实搞好党与党外代表人士的合作共事。支持党外人大代表依法行使职权，支持党外政协委员履行职责，认真办理党外人大代表，政协委员提出的议案，建议和提案，充分发挥觉外代表人士在人大和政协中的作用。坚持民主集中制，健全集体领导和个人分工负责相结合的制度，对党外领导干部分管工作范围内的重要事项应事先听取并尊重党外干部的意见和建议，保证党外干部对分管工作享有行政管理的指挥权、处理问题的决定权和人事任免的建议权。正确处理政府、司法机关、国有企事业单位党组（党委）与党外领导十部的关系。\n22．明确管理责任。党委统战部门要发挥牵头协调作用，加强与党外代表人十所在单位、所属党派团体和同级人大、政协的联系，从总体上掌握觉外代表人士的情况。党委组织部门在领导班子和干部队伍建设中，要注意加强对党外干部的管理。政协党组要了解和掌握委员中党外代表人士在政协履职情況，及时向党委统战部门通报。党外代表人士所在单位党组织要加强党与党外代表人士的合作共事，做好思想政治工作，加强日常管理考核。党外代表人士所属觉派团体要发挥自我教育、自我管理、自我监督的作用。',
    },
    {
      text: '广西壮族自台区（11个）：\n决策实施的意见和津议，全面评估决策执行效果。',
      why: 'ECSpell odw (round 37): a province abbreviation whose correction makes a three-character dictionary word with both its neighbours (自治区: 29.5, short of the 30 an abbreviation needs elsewhere) is corrected at the plain threshold; 津议 → 建议 (25.9) makes no such word and keeps the margin',
      errors: [{ line: 1, column: 6, endColumn: 7, message: '“自台”疑为“自治”（形近别字：“台”应为“治”），请核对。' }],
      output: '广西壮族自治区（11个）：\n决策实施的意见和津议，全面评估决策执行效果。',
    },
    {
      text: '建立新能源汽车与相关产业融合发展的综合标准体系，明确车用糙作系统、车用基础地图、车桩信息共享、云控基础平台等技术接口标准。\n完善检验检侧体系，加强检验检测公共服务平台建设。\n鼓励保险机构推动发展电梯责任保险，探索有效保章模式，及时做好理赔服务。',
      why: 'ECSpell odw (the other slips of the sentences corrected): a slip in a member of a series that shares its head (车用…、车用…; 检验检…，…检验检测; 保险…保章) — the character itself does not recur, and the evidence clears the margin',
      errors: [
        { line: 1, column: 29, endColumn: 30, message: '“糙作”疑为“操作”（同音别字：“糙”应为“操”），请核对。' },
        { line: 2, column: 6, endColumn: 7, message: '“检侧”疑为“检测”（同音别字：“侧”应为“测”），请核对。' },
        { line: 3, column: 23, endColumn: 24, message: '“保章”疑为“保障”（同音别字：“章”应为“障”），请核对。' },
      ],
      output: '建立新能源汽车与相关产业融合发展的综合标准体系，明确车用操作系统、车用基础地图、车桩信息共享、云控基础平台等技术接口标准。\n完善检验检测体系，加强检验检测公共服务平台建设。\n鼓励保险机构推动发展电梯责任保险，探索有效保障模式，及时做好理赔服务。',
    },
    {
      text: '利用职权或者职务上的影响，讳反有关规定占用公物归个人使用。\n玩善居民收入分配相关统计指标，增加群体分类。\n安徽省宣城市提高区域内就诊率，颜控医疗费用不合理增长。',
      why: 'ECSpell odw (round 26): a character official text hardly uses (讳 0, 玩 5, 颜 0 times) opening a run, where the candidate and the next character are a frequent official pair (违反, 完善, 严控): the missing left half of the evidence (rareOpening)',
      errors: [
        { line: 1, column: 14, endColumn: 15, message: '“讳反”疑为“违反”（形近别字：“讳”应为“违”），请核对。' },
        { line: 2, column: 1, endColumn: 2, message: '“玩善”疑为“完善”（同音别字：“玩”应为“完”），请核对。' },
        { line: 3, column: 16, endColumn: 17, message: '“颜控”疑为“严控”（同音别字：“颜”应为“严”），请核对。' },
      ],
      output: '利用职权或者职务上的影响，违反有关规定占用公物归个人使用。\n完善居民收入分配相关统计指标，增加群体分类。\n安徽省宣城市提高区域内就诊率，严控医疗费用不合理增长。',
    },
    {
      text: '（四）家快发展现代农业，促进农民持续增收。\n坚持山水林田湖草沙系统治里，持续改善生态环境质量。\n深入实施国企改革深化提升行动，才政金融、自然资源等领域改革取得新突破。\n战“疫”一线的各级党员干不、公安干警、医务人员冲锋在前。',
      why: 'round 31 (七), observed-slip injected into report paragraphs: a same-reading slip at the first or last character of a run beside a clause mark, where the candidate makes a frequent official pair with its one neighbour (加快, 治理, 财政, 干部) and the written pair is never seen (edgePair)',
      errors: [
        { line: 1, column: 4, endColumn: 5, message: '“家快”疑为“加快”（同音别字：“家”应为“加”），请核对。' },
        { line: 2, column: 13, endColumn: 14, message: '“治里”疑为“治理”（同音别字：“里”应为“理”），请核对。' },
        { line: 3, column: 16, endColumn: 17, message: '“才政”疑为“财政”（同音别字：“才”应为“财”），请核对。' },
        { line: 4, column: 13, endColumn: 14, message: '“干不”疑为“干部”（同音别字：“不”应为“部”），请核对。' },
      ],
      output: '（四）加快发展现代农业，促进农民持续增收。\n坚持山水林田湖草沙系统治理，持续改善生态环境质量。\n深入实施国企改革深化提升行动，财政金融、自然资源等领域改革取得新突破。\n战“疫”一线的各级党员干部、公安干警、医务人员冲锋在前。',
    },
    {
      text: '加强矛盾纠纷源头治理，推进信访工作法治化，加强综治中心规范化健设。\n认真落实党内集中学习教育要求，配合做好中央巡视油关工作，政府自身建设进一步加强。\n推进乡村旅游提档升级。强化旅游事场综合治理，提高旅游服务质量。\n坚持和完善民族区域自治智度，严格执行党的民族政策。\n维护社会政治稳订，是我国现代化建设必不可少的重要条件。',
      why: 'round 32, observed-slip injected into report paragraphs (2026 Henan, Jiangsu, Tibet; 2016, 1997 State Council): report text seldom has the set phrasing of official texts that ECSpell shares with the data, so these same-reading slips fell short (17–24 units); the candidate word goes with two or more words of the clause (建设: 规范化, 加强; 有关: 中央, 工作…) where the written character makes no word that goes with any (collocatedFew)',
      errors: [
        { line: 1, column: 31, endColumn: 32, message: '“健设”疑为“建设”（同音别字：“健”应为“建”），请核对。' },
        { line: 2, column: 24, endColumn: 25, message: '“油关”疑为“有关”（同音别字：“油”应为“有”），请核对。' },
        { line: 3, column: 16, endColumn: 17, message: '“事场”疑为“市场”（同音别字：“事”应为“市”），请核对。' },
        { line: 4, column: 12, endColumn: 13, message: '“智度”疑为“制度”（同音别字：“智”应为“制”），请核对。' },
        { line: 5, column: 8, endColumn: 9, message: '“稳订”疑为“稳定”（同音别字：“订”应为“定”），请核对。' },
      ],
      output: '加强矛盾纠纷源头治理，推进信访工作法治化，加强综治中心规范化建设。\n认真落实党内集中学习教育要求，配合做好中央巡视有关工作，政府自身建设进一步加强。\n推进乡村旅游提档升级。强化旅游市场综合治理，提高旅游服务质量。\n坚持和完善民族区域自治制度，严格执行党的民族政策。\n维护社会政治稳定，是我国现代化建设必不可少的重要条件。',
    },
    {
      text: '（二）体升创新体系效能，引领新质生产力发展。\n增强推动高质量发展本领、服雾群众本领、防范化解风险本领。\n向中央驻粤单位、驻粤人民解放军和武警关兵、公安民警表示衷心的感谢！\n才政民生支出496.1亿元，占一般公共预算支出的70.1%。\n中心城区建成口袋公园8个、工共停车场8个。\n加快建设散裂中子源、南方深海海洋科技创新基低、中国华南超级计算中心等一批重大科学工程。\n常态长效开展党史学习教育，自觉践刑以人民为中心的发展思想，密切联系群众。\n加快智慧城市、智慧旅游、智慧浓业等领域的探索应用。',
      why: 'round 33, observed-slip injected into report paragraphs (2024–2026 provincial reports of the shared corpus, held-out cities and provinces): same-reading slips of a non-word short of the threshold whose windows official texts lack but many city reports use as set phrasing (服务群众, 武警官兵, 财政民生, 公共停车, 创新基地, 自觉践行, 智慧农业: Candidate.reportPhraseGain)',
      errors: [
        { line: 1, column: 4, endColumn: 5, message: '“体升”疑为“提升”（同音别字：“体”应为“提”），请核对。' },
        { line: 2, column: 14, endColumn: 15, message: '“服雾”疑为“服务”（同音别字：“雾”应为“务”），请核对。' },
        { line: 3, column: 19, endColumn: 20, message: '“警关”疑为“警官”（同音别字：“关”应为“官”），请核对。' },
        { line: 4, column: 1, endColumn: 2, message: '“才政”疑为“财政”（同音别字：“才”应为“财”），请核对。' },
        { line: 5, column: 14, endColumn: 15, message: '“工共”疑为“公共”（同音别字：“工”应为“公”），请核对。' },
        { line: 6, column: 22, endColumn: 23, message: '“基低”疑为“基地”（同音别字：“低”应为“地”），请核对。' },
        { line: 7, column: 17, endColumn: 18, message: '“践刑”疑为“践行”（同音别字：“刑”应为“行”），请核对。' },
        { line: 8, column: 15, endColumn: 16, message: '“浓业”疑为“农业”（同音别字：“浓”应为“农”），请核对。' },
      ],
      output: '（二）提升创新体系效能，引领新质生产力发展。\n增强推动高质量发展本领、服务群众本领、防范化解风险本领。\n向中央驻粤单位、驻粤人民解放军和武警官兵、公安民警表示衷心的感谢！\n财政民生支出496.1亿元，占一般公共预算支出的70.1%。\n中心城区建成口袋公园8个、公共停车场8个。\n加快建设散裂中子源、南方深海海洋科技创新基地、中国华南超级计算中心等一批重大科学工程。\n常态长效开展党史学习教育，自觉践行以人民为中心的发展思想，密切联系群众。\n加快智慧城市、智慧旅游、智慧农业等领域的探索应用。',
    },
    {
      text: '在自治区党委、政府和市委的正确领导下，保齿定力，不忘初心，开拓创新，务实进取，加快建设壮美广西。\n持续推进“三医”联动，支持徐医附院麻醉科创建国家临床重点专壳。\n做活城乡商贸流通服务业，做优乡村文画旅游业。\n加强“一座保山”区域公佣品牌体系建设，提升新品研发设计水平。\n落实各项社会保障政策，巩固全敏参保计划成果。\n现在，我代表市人民政府向大会报告工作，请予审议，并请各味政协委员和其他列席人员提出意见。\n去年云南鲁甸、景谷等地发生较强地震，我们及时高效斩开抗震救灾，灾后恢复重建顺利推进。\n建设有中国特色的社会主义，没有现乘的经验，只能在探索中前进。\n大力推动荆楚文化创造性转化、创新性发展，加快构剑文旅融合发展新格局。',
      why: 'round 34, observed-slip injected into report paragraphs (held-out cities 桂林 2017, 徐州 2023, 保山 2021, 兰州 2020, 淮北 2020; 2026 Henan and Hubei, 2015 and 1992 State Council reports): the written characters are common in general text but official texts hardly use them (齿, 壳, 画, 佣, 敏, 味, 斩, 乘, 剑), so report phrasing (reportPhraseGain) and the clause\'s collocations (collocatedFew) did not count for them; they do for the ~3,500 (report phrasing) and ~2,000 (collocations) most common characters',
      errors: [
        { line: 1, column: 21, endColumn: 22, message: '“保齿”疑为“保持”（同音别字：“齿”应为“持”），请核对。' },
        { line: 2, column: 30, endColumn: 31, message: '“专壳”疑为“专科”（同音别字：“壳”应为“科”），请核对。' },
        { line: 3, column: 18, endColumn: 19, message: '“文画”疑为“文化”（同音别字：“画”应为“化”），请核对。' },
        { line: 4, column: 12, endColumn: 13, message: '“公佣”疑为“公用”（同音别字：“佣”应为“用”），请核对。' },
        { line: 5, column: 15, endColumn: 16, message: '“全敏”疑为“全民”（同音别字：“敏”应为“民”），请核对。' },
        { line: 6, column: 28, endColumn: 29, message: '“各味”疑为“各位”（同音别字：“味”应为“位”），请核对。' },
        { line: 7, column: 25, endColumn: 26, message: '“斩开”疑为“展开”（同音别字：“斩”应为“展”），请核对。' },
        { line: 8, column: 17, endColumn: 18, message: '“现乘”疑为“现成”（同音别字：“乘”应为“成”），请核对。' },
        { line: 9, column: 24, endColumn: 25, message: '“构剑”疑为“构建”（同音别字：“剑”应为“建”），请核对。' },
      ],
      output: '在自治区党委、政府和市委的正确领导下，保持定力，不忘初心，开拓创新，务实进取，加快建设壮美广西。\n持续推进“三医”联动，支持徐医附院麻醉科创建国家临床重点专科。\n做活城乡商贸流通服务业，做优乡村文化旅游业。\n加强“一座保山”区域公用品牌体系建设，提升新品研发设计水平。\n落实各项社会保障政策，巩固全民参保计划成果。\n现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n去年云南鲁甸、景谷等地发生较强地震，我们及时高效展开抗震救灾，灾后恢复重建顺利推进。\n建设有中国特色的社会主义，没有现成的经验，只能在探索中前进。\n大力推动荆楚文化创造性转化、创新性发展，加快构建文旅融合发展新格局。',
    },
    {
      text: '长三角一提化发展加快推进，城市群协同水平进一步提升。\n坚定维护多边主义，倡倒国际关系民主化和发展模式多样化。',
      why: 'round 33, observed-slip injected into report paragraphs (2024–2026 reports of the shared corpus): 三角|一提 looked like a numeral slogan, but all three windows of 一体 are official phrasing (角一体, 一体化, 体化发); 国际 starts the dictionary word 国际关系, so it heads no name (numeral-slogan, name-before-head)',
      errors: [
        { line: 1, column: 5, endColumn: 6, message: '“一提”疑为“一体”（同音别字：“提”应为“体”），请核对。' },
        { line: 2, column: 11, endColumn: 12, message: '“倡倒”疑为“倡导”（同音别字：“倒”应为“导”），请核对。' },
      ],
      output: '长三角一体化发展加快推进，城市群协同水平进一步提升。\n坚定维护多边主义，倡导国际关系民主化和发展模式多样化。',
    },
    {
      text: '压紧压实全面从严治党政治责任，扎实开展深入贯彻中央八项规定精神穴习教育，严格落实过紧日子要求。\n以产业为支撑，推进区域中心城市和县城剑设，促进大中小城市和小城镇协调发展。\n加强气候变化、生态系统监测预警，构建更高表准生态环境评价体系。',
      why: 'round 33, observed-slip injected into report paragraphs (2026 report of the shared corpus, held-out s31p): the model’s word takes its other character from a common word (神学 from 精神, 城建 from 县城, 高标 from 更高), but the candidate makes a common word on its other side that takes nothing (学习, 建设, 标准): the slip sits between two words it completes, not a new term (stolen-neighbour, round 33)',
      errors: [
        { line: 1, column: 32, endColumn: 33, message: '“神穴”疑为“神学”（同音别字：“穴”应为“学”），请核对。' },
        { line: 2, column: 19, endColumn: 20, message: '“城剑”疑为“城建”（同音别字：“剑”应为“建”），请核对。' },
        { line: 3, column: 21, endColumn: 22, message: '“高表”疑为“高标”（同音别字：“表”应为“标”），请核对。' },
      ],
      output: '压紧压实全面从严治党政治责任，扎实开展深入贯彻中央八项规定精神学习教育，严格落实过紧日子要求。\n以产业为支撑，推进区域中心城市和县城建设，促进大中小城市和小城镇协调发展。\n加强气候变化、生态系统监测预警，构建更高标准生态环境评价体系。',
    },
    {
      text: '要分阶段组织实施前妻准备、清查建库、普查试点等方面工作。\n内蒙古平庄煤业（集团）有限责任公司六家镁矿信息中心副主任\n鼓励普通高校、职业院校没置相关专业。',
      why: 'ECSpell odw (round 27): a written word official texts never pair with the clause (前妻, 镁矿) or no word (没置) where the candidate word goes with four or more of its words (前期: 分阶段, 组织, 实施, 准备; 煤矿: 煤业, 集团, 有限责任公司, …) or with every one, three or more (设置: 职业院校, 相关, 专业): word collocations of official text, the evidence beyond the three-character windows (collocated)',
      errors: [
        { line: 1, column: 10, endColumn: 11, message: '“前妻”疑为“前期”（同音别字：“妻”应为“期”），请核对。' },
        { line: 2, column: 20, endColumn: 21, message: '“镁矿”疑为“煤矿”（同音别字：“镁”应为“煤”），请核对。' },
        { line: 3, column: 12, endColumn: 13, message: '“没置”疑为“设置”（形近别字：“没”应为“设”），请核对。' },
      ],
      output: '要分阶段组织实施前期准备、清查建库、普查试点等方面工作。\n内蒙古平庄煤业（集团）有限责任公司六家煤矿信息中心副主任\n鼓励普通高校、职业院校设置相关专业。',
    },
    {
      text: '鼓励企业制定严于强直性国家标准的企业标准。\n加强国际合作，共同制定工业互连网标准规范和国际规则。',
      why: 'ECSpell odw (round 29): the slip sits in a three-character word jieba lists at its lowest counts and official texts never use (强直性 10, 互连网 3), which held it as written on purpose; the candidate repairs it into one ten times as frequent that official texts use (强制性, 互联网) and that fits the context beyond it (制性国, 联网标) (repairsWord)',
      errors: [
        { line: 1, column: 10, endColumn: 11, message: '“强直”疑为“强制”（同音别字：“直”应为“制”），请核对。' },
        { line: 2, column: 15, endColumn: 16, message: '“互连”疑为“互联”（同音别字：“连”应为“联”），请核对。' },
      ],
      output: '鼓励企业制定严于强制性国家标准的企业标准。\n加强国际合作，共同制定工业互联网标准规范和国际规则。',
    },
    {
      text: '负责联系发展规划科、财务管里科、人事教育科的工作。',
      why: 'a slip inside one item of a list: the items share 科、, but a piece with a pause mark in it is no member of a parallel series',
      errors: [{ line: 1, column: 14, endColumn: 15, message: '“管里”疑为“管理”（同音别字：“里”应为“理”），请核对。' }],
      output: '负责联系发展规划科、财务管理科、人事教育科的工作。',
    },
    {
      text: '加强管里监督。\n健全管理制度，规范管理流程，提高管理水平，强化管理责任，创新管理方式。\n落实管理措施，加强安全管理、质量管理、项目管理和资金管理。\n完善管里机制。',
      why: 'a slip the writer repeats is still a slip when the right form is far more common in the document',
      errors: [
        { line: 1, column: 4, endColumn: 5, text: '里' },
        { line: 4, column: 4, endColumn: 5, text: '里' },
      ],
      output: '加强管理监督。\n健全管理制度，规范管理流程，提高管理水平，强化管理责任，创新管理方式。\n落实管理措施，加强安全管理、质量管理、项目管理和资金管理。\n完善管理机制。',
    },
    {
      text: [
        '完善党内法规制度，加强管里监督。',
        '服务业发展部际联席会义制度的函',
        '质量提生规划（2016—2020年）的通知',
        '本条例自发布之目起施行。',
        '各地区和国务完有关部门负责，2019年底前完成',
        '人民很行、财政部、国家发展改革委共同指导。',
        '人民很行、财政部按职责分工负责。',
        '人民银行、银保监会加强监管。',
        '加快服务业数智化改造。',
        '引育一批数智供应链平台，推动数智赋能。',
        '1998年7月13日国务院发布的《非法金融机构和非法金融业务活动取蹄办法》同时废止。',
        '大力培育发展大数局产业。',
        '公务用车主管部门按照政府菜狗法律法规执行。',
      ].join('\n'),
      why: 'a document with many suspects counts their words in one pass over the whole text (round 35; three passes before): the same decisions as one by one (the writer’s own 数智 is quiet, the copied 人民很行 beside 人民银行、 is reported)',
      errors: [
        { line: 1, column: 13, endColumn: 14, text: '里' },
        { line: 2, column: 11, endColumn: 12, text: '义' },
        { line: 3, column: 4, endColumn: 5, text: '生' },
        { line: 4, column: 8, endColumn: 9, text: '目' },
        { line: 5, column: 7, endColumn: 8, text: '完' },
        { line: 6, column: 3, endColumn: 4, text: '很' },
        { line: 7, column: 3, endColumn: 4, text: '很' },
        { line: 11, column: 34, endColumn: 35, text: '蹄' },
        { line: 12, column: 9, endColumn: 10, text: '局' },
        { line: 13, column: 13, endColumn: 15, text: '菜狗' },
      ],
      output: [
        '完善党内法规制度，加强管理监督。',
        '服务业发展部际联席会议制度的函',
        '质量提升规划（2016—2020年）的通知',
        '本条例自发布之日起施行。',
        '各地区和国务院有关部门负责，2019年底前完成',
        '人民银行、财政部、国家发展改革委共同指导。',
        '人民银行、财政部按职责分工负责。',
        '人民银行、银保监会加强监管。',
        '加快服务业数智化改造。',
        '引育一批数智供应链平台，推动数智赋能。',
        '1998年7月13日国务院发布的《非法金融机构和非法金融业务活动取缔办法》同时废止。',
        '大力培育发展大数据产业。',
        '公务用车主管部门按照政府采购法律法规执行。',
      ].join('\n'),
    },
    {
      text: [
        '加强管里监督。',
        '健全管理制度，规范管理流程，提高管理水平，强化管理责任，创新管理方式。',
        '落实管理措施，加强安全管理、质量管理、项目管理和资金管理。',
        '完善管里机制。',
        '服务业发展部际联席会义制度的函',
        '质量提生规划（2016—2020年）的通知',
        '本条例自发布之目起施行。',
        '各地区和国务完有关部门负责，2019年底前完成',
        '加快服务业数智化改造。',
        '引育一批数智供应链平台，推动数智赋能。',
        '大力培育发展大数局产业。',
        '公务用车主管部门按照政府菜狗法律法规执行。',
      ].join('\n'),
      why: 'round 35: with many suspects the one pass counts the corrected words too (管理 twenty times, 管里 twice: a repeated slip, reported) and the contexts (数智 between other neighbours each time: the writer’s own term, quiet)',
      errors: [
        { line: 1, column: 4, endColumn: 5, text: '里' },
        { line: 4, column: 4, endColumn: 5, text: '里' },
        { line: 5, column: 11, endColumn: 12, text: '义' },
        { line: 6, column: 4, endColumn: 5, text: '生' },
        { line: 7, column: 8, endColumn: 9, text: '目' },
        { line: 8, column: 7, endColumn: 8, text: '完' },
        { line: 11, column: 9, endColumn: 10, text: '局' },
        { line: 12, column: 13, endColumn: 15, text: '菜狗' },
      ],
      output: [
        '加强管理监督。',
        '健全管理制度，规范管理流程，提高管理水平，强化管理责任，创新管理方式。',
        '落实管理措施，加强安全管理、质量管理、项目管理和资金管理。',
        '完善管理机制。',
        '服务业发展部际联席会议制度的函',
        '质量提升规划（2016—2020年）的通知',
        '本条例自发布之日起施行。',
        '各地区和国务院有关部门负责，2019年底前完成',
        '加快服务业数智化改造。',
        '引育一批数智供应链平台，推动数智赋能。',
        '大力培育发展大数据产业。',
        '公务用车主管部门按照政府采购法律法规执行。',
      ].join('\n'),
    },
    {
      text: '全市上下全力以附抓好防汛救灾工作。',
      why: 'a slip inside an idiom: the character model doubts 赴 (rare in official text, so 以赴 looks no likelier than 以附), the set phrase 全力以赴 vouches for it',
      errors: [{ line: 1, column: 8, endColumn: 9, message: '“全力以附”疑为“全力以赴”（同音别字：“附”应为“赴”），请核对。' }],
      output: '全市上下全力以赴抓好防汛救灾工作。',
    },
    {
      text: '今年以来全省工业生产稳中有近，消费市场持续回暖。',
      why: 'a set phrase of official text (稳中有进): rare in jieba’s counts, but every three characters of it recur in official documents',
      errors: [{ line: 1, column: 14, endColumn: 15, message: '“稳中有近”疑为“稳中有进”（同音别字：“近”应为“进”），请核对。' }],
      output: '今年以来全省工业生产稳中有进，消费市场持续回暖。',
    },
    {
      text: '坚持应地制宜，发展特色产业。',
      why: 'ECSpell odw’s slip (应地制宜): the shortest word 因 completes is the idiom itself, so the idiom is evidence though the character model agrees',
      errors: [{ line: 1, column: 3, endColumn: 4, message: '“应地制宜”疑为“因地制宜”（近音别字：“应”应为“因”），请核对。' }],
      output: '坚持因地制宜，发展特色产业。',
    },
    {
      text: '搭建实时在线的国资兼管平台。',
      why: 'ECSpell odw: a real-word slip (兼管 for 监管): none of the three-character windows over 兼 is official set phrasing, all three are with 监, and official texts use 监管 and hardly ever 兼管',
      errors: [{ line: 1, column: 10, endColumn: 11, message: '“兼管”疑为“监管”（同音别字：“兼”应为“监”），请核对。' }],
      output: '搭建实时在线的国资监管平台。',
    },
    {
      text: '重点区域继续实施煤炭小费总量控制。',
      why: 'ECSpell odw: a real-word slip (小费 for 消费) that official phrasing (煤炭消费总量) gives away',
      errors: [{ line: 1, column: 11, endColumn: 12, message: '“小费”疑为“消费”（同音别字：“小”应为“消”），请核对。' }],
      output: '重点区域继续实施煤炭消费总量控制。',
    },
    {
      text: '各级干部要再接再历，推动各项工作落地见效。',
      why: 'an idiom misspelling that jieba’s dictionary lists as an idiom of its own (再接再历, count 3, beside 再接再厉, 115): the build drops such entries',
      errors: [{ line: 1, column: 9, endColumn: 10, message: '“再接再历”疑为“再接再厉”（同音别字：“历”应为“厉”），请核对。' }],
      output: '各级干部要再接再厉，推动各项工作落地见效。',
    },
    {
      text: '面对突发情况，有的干部不知所错。',
      why: 'another misspelt idiom entry of jieba’s (不知所错 beside 不知所措)',
      errors: [{ line: 1, column: 15, endColumn: 16, message: '“不知所错”疑为“不知所措”（同音别字：“错”应为“措”），请核对。' }],
      output: '面对突发情况，有的干部不知所措。',
    },
    {
      text: '推动发展电梯责任保检，探索有效保障模式，及时做好理赔服务，化解矛盾纠纷。',
      why: 'ECSpell odw: a slip ending a clause has no right neighbour, but the clause end itself is evidence (险 often ends one in official text, 检 seldom)',
      errors: [{ line: 1, column: 10, endColumn: 11, message: '“保检”疑为“保险”（形近别字：“检”应为“险”），请核对。' }],
      output: '推动发展电梯责任保险，探索有效保障模式，及时做好理赔服务，化解矛盾纠纷。',
    },
    {
      text: '大力发展数智经济，培育新业态新模式。\n做强做优做大数字经济。',
      why: 'a slip of the shape of the coinage 数智 (数智化, 数智技术): before 经济 it is 数字 typed near, and the document says 数字经济',
      errors: [{ line: 1, column: 6, endColumn: 7, message: '“数智”疑为“数字”（近音别字：“智”应为“字”），请核对。' }],
      output: '大力发展数字经济，培育新业态新模式。\n做强做优做大数字经济。',
    },
    {
      text: '加快重大项目建投进度。',
      why: 'a slip of the shape of a jargon term: 建投 stands for an investment platform only before its head (集团, 公司, 大厦); here it is 建设 typed wrong',
      errors: [{ line: 1, column: 8, endColumn: 9, message: '“建投”疑为“建设”（形近别字：“投”应为“设”），请核对。' }],
      output: '加快重大项目建设进度。',
    },
    {
      text: '积极运用物联网、大数据等技术手段开展远程检测诊断、运营维护、技术支持等售后服务。',
      why: 'the issue: a real-word slip (检测 for 监测), where 测 vouches for 检; official texts say 程监测 and 监测诊, never 程检测 or 检测诊',
      errors: [{ line: 1, column: 21, endColumn: 22, message: '“检测”疑为“监测”（同音别字：“检”应为“监”），请核对。' }],
      output: '积极运用物联网、大数据等技术手段开展远程监测诊断、运营维护、技术支持等售后服务。',
    },
    {
      text: '推进海南自由贸易港建设，推动海关特殊监管区域与自贸实验区统筹发展。',
      why: 'ECSpell odw: 实验区 for 试验区 (a real-word slip; the message names the longer word the correction completes)',
      errors: [{ line: 1, column: 26, endColumn: 27, message: '“实验区”疑为“试验区”（同音别字：“实”应为“试”），请核对。' }],
      output: '推进海南自由贸易港建设，推动海关特殊监管区域与自贸试验区统筹发展。',
    },
    {
      text: '充分发挥市场在资源配制中的决定性作用，更好发挥政府作用。',
      why: 'ECSpell odw: 配制 for 配置, a real-word slip',
      errors: [{ line: 1, column: 11, endColumn: 12, message: '“资源配制”疑为“资源配置”（同音别字：“制”应为“置”），请核对。' }],
      output: '充分发挥市场在资源配置中的决定性作用，更好发挥政府作用。',
    },
    {
      text: '各级卫生部门要制订对以市场高暴露人员为主的人感染高治病性禽流感的监测方案。',
      why: 'ECSpell odw: 治病 for 致病 (高致病性), a real-word slip',
      errors: [{ line: 1, column: 26, endColumn: 27, message: '“高治病”疑为“高致病”（同音别字：“治”应为“致”），请核对。' }],
      output: '各级卫生部门要制订对以市场高暴露人员为主的人感染高致病性禽流感的监测方案。',
    },
    {
      text: '中央生态环境保护督查组应当严格执行请示报告制度。',
      why: 'ECSpell odw: 督查组 for 督察组, a real-word slip',
      errors: [{ line: 1, column: 10, endColumn: 11, message: '“督查组”疑为“督察组”（同音别字：“查”应为“察”），请核对。' }],
      output: '中央生态环境保护督察组应当严格执行请示报告制度。',
    },
    {
      text: '被函询人应当在收到函件后15个工作日内写出说明材料，由其所在党委（党组）主要负责人签署意见后发汗回复。',
      why: 'ECSpell odw: 发汗 for 发函, a real word no neighbour vouches for whose context flips both ways (后发函, 发函回, 函回复), same reading',
      errors: [{ line: 1, column: 48, endColumn: 49, message: '“发汗”疑为“发函”（同音别字：“汗”应为“函”），请核对。' }],
      output: '被函询人应当在收到函件后15个工作日内写出说明材料，由其所在党委（党组）主要负责人签署意见后发函回复。',
    },
    {
      text: '安徽监狱援鄂抗议工作队临时党支部',
      why: 'ECSpell odw: 抗议 for 抗疫 (援鄂抗疫工作队)',
      errors: [{ line: 1, column: 8, endColumn: 9, message: '“抗议”疑为“抗疫”（同音别字：“议”应为“疫”），请核对。' }],
      output: '安徽监狱援鄂抗疫工作队临时党支部',
    },
    {
      text: '整治群众身边的不正之风刻不容援。',
      why: 'a look-alike slip inside an idiom (援 for 缓)',
      errors: [{ line: 1, column: 15, endColumn: 16, message: '“刻不容援”疑为“刻不容缓”（形近别字：“援”应为“缓”），请核对。' }],
      output: '整治群众身边的不正之风刻不容缓。',
    },
    {
      text: '国务院教育独到委员会组陈人员的通知',
      why: 'ECSpell odw: 陈 is a surname, but 委员会组 is no title of a person, so 组陈 (组成) is still a slip; and a name guard never covers the surname itself',
      errors: [
        { line: 1, column: 6, endColumn: 8, message: '“独到”疑为“督导”（两字误打成同音词：“独到”应为“督导”），请核对。' },
        { line: 1, column: 12, endColumn: 13, message: '“组陈”疑为“组成”（近音别字：“陈”应为“成”），请核对。' },
      ],
      output: '国务院教育督导委员会组成人员的通知',
    },
    {
      text: '界首市夫贫开发局党组书记、局长，四姐调研员',
      why: 'ECSpell odw: a slip in a signature line of titles (夫 for 扶) — the titles silence only a name right after them',
      errors: [{ line: 1, column: 4, endColumn: 5, message: '“夫贫”疑为“扶贫”（同音别字：“夫”应为“扶”），请核对。' }],
      output: '界首市扶贫开发局党组书记、局长，四姐调研员',
    },
  ],
});

describe('wrong-character model', () => {
  const model = wrongCharacterModel();
  it('offers only confusable characters that complete a word, best first', () => {
    const corrections = model.corrections('大力培育发展大数局产业', 8);
    assert.equal(corrections[0].right, '据');
    assert.equal(corrections[0].kind, 'same');
    assert.equal(corrections[0].word, '数据');
    assert.ok(corrections.every((c, i) => i === 0 || c.score <= corrections[i - 1].score));
  });
  it('counts a rare character opening a run only for a same-reading or look-alike candidate that makes a frequent official pair (round 26)', () => {
    const at = (run: string, index: number, right: string) => model.candidates(run, index).find((c) => c.right === right);
    // 玩 (5 uses in official text) opens the run; 完善 is a frequent official pair: the bonus is part of the score.
    assert.equal(at('玩善居民收入分配', 0, '完')?.rareOpening, true);
    const with8 = model.corrections('玩善居民收入分配', 0).find((c) => c.right === '完')?.score ?? 0;
    const without = model.corrections('玩善居民收入分配', 0, { ...DEFAULT_THRESHOLDS, rareOpeningBonus: 0, report: 0 }).find((c) => c.right === '完')?.score ?? 0;
    assert.equal(Math.round((with8 - without) * 1e9) / 1e9, DEFAULT_THRESHOLDS.rareOpeningBonus);
    // The same character inside the run has a left neighbour: no bonus.
    assert.equal(at('推动玩善居民收入', 2, '完')?.rareOpening, false);
    // 勠 → 努 is a near reading; 钛材 → 钢材 is no frequent pair (4 uses): no bonus (2026 Guangxi, Shaanxi reports).
    assert.equal(at('勠力进取奋勇争先', 0, '努')?.rareOpening, false);
    assert.equal(at('钛材加工量保持领先', 0, '钢')?.rareOpening, false);
  });
  it('counts one-sided pair evidence at a run edge beside a clause mark only (edgePair, round 31)', () => {
    const score = (run: string, index: number, right: string, edges: number) => model.corrections(run, index, { ...DEFAULT_THRESHOLDS, report: 0 }, false, false, false, undefined, edges).find((c) => c.right === right)?.score ?? 0;
    // 家快 → 加快 opening a clause: the bonus counts only where the run's start is a clause edge (1).
    assert.equal(model.candidates('家快发展现代农业', 0).find((c) => c.right === '加')?.edgePair, true);
    assert.equal(Math.round((score('家快发展现代农业', 0, '加', 1) - score('家快发展现代农业', 0, '加', 0)) * 1e9) / 1e9, DEFAULT_THRESHOLDS.edgePairBonus);
    // …and only at that edge: the last character's edge (2) does not lend it to the first.
    assert.equal(score('家快发展现代农业', 0, '加', 2), score('家快发展现代农业', 0, '加', 0));
    // Inside the run there is a left neighbour: no edgePair.
    assert.equal(model.candidates('推动家快发展现代农业', 2).find((c) => c.right === '加')?.edgePair, false);
  });
  it('counts two collocations of the clause for a same-reading candidate of two characters (collocatedFew, round 32)', () => {
    const find = (run: string, index: number, right: string, thresholds = DEFAULT_THRESHOLDS) => model.corrections(run, index, thresholds).find((c) => c.right === right);
    // 规范化健设 → 建设: short of the threshold without the bonus, reported with it, by exactly collocationFewBonus.
    const withFew = find('加强综治中心规范化健设', 9, '建');
    assert.equal(withFew?.collocatedFew, true);
    // (Report phrasing, round 33, would take it to the threshold too: 范化建 is report phrasing official texts lack.)
    assert.equal(find('加强综治中心规范化健设', 9, '建', { ...DEFAULT_THRESHOLDS, collocationFewBonus: 0, reportPhraseWeight: 0 }), undefined);
    const raw = find('加强综治中心规范化健设', 9, '建', { ...DEFAULT_THRESHOLDS, report: 0 });
    assert.equal(raw?.collocatedFew, undefined);
    assert.equal(Math.round(((withFew?.score ?? 0) - (raw?.score ?? 0)) * 1e9) / 1e9, DEFAULT_THRESHOLDS.collocationFewBonus);
    // A look-alike (网格化 → 网络化) and a word of three characters (普惠型 → 普惠性) get nothing.
    assert.equal(find('深化基层治理网格化', 7, '络'), undefined);
    assert.equal(find('是指探索推行普惠型的云服务支持政策', 8, '性'), undefined);
    // 监事 goes with 市长 and 担任, but official texts hardly use the written 誓 (a Tainan press release, converted: 监誓人),
    // nor is it among the most common characters of general text (COLLOCATED_FEW_COMMON_COST, round 34), as 剑 is (构剑 → 构建).
    assert.equal(find('由市长黄伟哲担任监誓人', 8, '事'), undefined);
    assert.equal(find('加快构剑文旅融合发展新格局', 3, '建')?.collocatedFew, true);
  });
  it('counts the windows of report phrasing for a same-reading candidate of a non-word short of the threshold (reportPhraseGain, round 33)', () => {
    const find = (run: string, index: number, right: string, thresholds = DEFAULT_THRESHOLDS) => model.corrections(run, index, thresholds).find((c) => c.right === right);
    // 服雾群众 → 服务: no window is official set phrasing, two are report phrasing (服务群, 务群众); reported by exactly their weight.
    const found = find('增强推动高质量发展本领服雾群众本领', 12, '务');
    assert.equal(found?.reportPhraseGain, 2);
    assert.equal(found?.phraseGain, 0);
    assert.equal(find('增强推动高质量发展本领服雾群众本领', 12, '务', { ...DEFAULT_THRESHOLDS, reportPhraseWeight: 0 }), undefined);
    const raw = find('增强推动高质量发展本领服雾群众本领', 12, '务', { ...DEFAULT_THRESHOLDS, report: 0 });
    assert.equal(raw?.reportPhraseGain, undefined);
    assert.equal(Math.round(((found?.score ?? 0) - (raw?.score ?? 0)) * 1e9) / 1e9, 2 * DEFAULT_THRESHOLDS.reportPhraseWeight);
    // Official texts never use the written 锬 (a given name): nothing.
    assert.equal(find('涌现出以最美夫妻李成环龚大锬为代表的一批优秀人物', 13, '县'), undefined);
    // Round 34: nor the written 齿, but general text uses it commonly (REPORT_PHRASE_COMMON_COST): 保持定力 is report phrasing.
    assert.ok((find('在自治区党委政府和市委的正确领导下保齿定力', 18, '持')?.reportPhraseGain ?? 0) > 0);
  });
  it('hashes the windows of report phrasing as the build does (tools/report-phrases.mjs)', () => {
    const bits = new Uint16Array(1 << 12);
    for (const bit of phraseBits('服务群')) bits[bit >>> 4] = (bits[bit >>> 4] ?? 0) | (1 << (bit & 15));
    const filter = new ReportPhraseFilter(bits);
    assert.equal(filter.has('服务群', 0), true);
    // Read with a candidate in place of the written character, as the model asks.
    assert.equal(filter.has('服雾群众', 0, 1, '务'.charCodeAt(0)), true);
    assert.equal(filter.has('服雾群众', 0), false);
    assert.equal(filter.has('务群众', 0), false);
  });
  it('lets a candidate repair a rare three-character word official texts never use (round 29)', () => {
    const score = (run: string, index: number, right: string, thresholds = DEFAULT_THRESHOLDS) => model.corrections(run, index, thresholds).find((c) => c.right === right);
    // 强直性 (jieba 10, official 0) → 强制性 (jieba 198, official): the repair counts repairBonus.
    const found = score('鼓励企业制定严于强直性国家标准', 9, '制');
    assert.equal(found?.repairsWord, true);
    const without = score('鼓励企业制定严于强直性国家标准', 9, '制', { ...DEFAULT_THRESHOLDS, repairBonus: 0, report: 0 });
    assert.equal(Math.round(((found?.score ?? 0) - (without?.score ?? 0)) * 1e9) / 1e9, DEFAULT_THRESHOLDS.repairBonus);
    assert.ok((without?.score ?? 0) < DEFAULT_THRESHOLDS.report);
    // No window beyond the repaired word is set phrasing (制性脊): the term holds its character as before.
    assert.equal(score('做好强直性脊柱炎患者的康复服务', 3, '制', { ...DEFAULT_THRESHOLDS, report: -100 }), undefined);
    // 工作方 holds no two-character word of the candidate's (作方): no stem repaired.
    assert.equal(score('举办青年创新工作坊', 8, '方', { ...DEFAULT_THRESHOLDS, report: -100 }), undefined);
    // A three-character word official texts use (座谈会) is no rare one: nothing to repair.
    assert.equal(model.candidates('组织召开企业座谈会听取意见', 6).length, 0);
  });
  it('keeps aside the candidates a little short of the threshold for a look with their neighbours (round 31)', () => {
    const near: Parameters<typeof model.corrections>[6] & object = [];
    assert.equal(model.corrections('国家卫申建康委', 3, DEFAULT_THRESHOLDS, false, false, false, near).length, 0);
    assert.ok(model.singleCandidates >= near.length && near.length > 0);
    const best = near.find((c) => c.right === '生');
    assert.ok(best && best.score < DEFAULT_THRESHOLDS.report && best.score + DEFAULT_THRESHOLDS.neighbourNear >= DEFAULT_THRESHOLDS.report);
    // With the neighbour corrected, the same candidate is plain.
    assert.equal(model.corrections('国家卫申健康委', 3)[0]?.right, '生');
    // Nothing is kept aside unless asked for, and nothing far short of the threshold.
    const none: Parameters<typeof model.corrections>[6] & object = [];
    model.corrections('国家卫申建康委', 3, { ...DEFAULT_THRESHOLDS, neighbourNear: 0 }, false, false, false, none);
    assert.equal(none.length, 0);
  });
  it('counts word collocations of official text for a candidate just short of the threshold (round 27)', () => {
    const score = (run: string, index: number, right: string, thresholds = DEFAULT_THRESHOLDS) => model.corrections(run, index, thresholds).find((c) => c.right === right);
    const run = '要分阶段组织实施前妻准备';
    const found = score(run, 9, '期');
    assert.equal(found?.collocated, true);
    const without = score(run, 9, '期', { ...DEFAULT_THRESHOLDS, collocationBonus: 0, report: 0 });
    assert.equal(without?.collocated, undefined);
    assert.equal(Math.round(((found?.score ?? 0) - (without?.score ?? 0)) * 1e9) / 1e9, DEFAULT_THRESHOLDS.collocationBonus);
    // The clause alone is too short for four collocates: 期 stays short of the threshold (round 32's collocatedFew, two
    // collocates, does not count for 妻: official texts hardly use it).
    assert.equal(score('实施前妻准备', 3, '期'), undefined);
    // 数字 goes with fewer words of the clause than collocationMin (2026 Fujian report).
    assert.equal(score('积极利用数智技术', 5, '字'), undefined);
  });
  it('hashes word collocations as the build does', () => {
    for (const [a, b] of [['前期', '准备'], ['煤矿', '有限责任公司'], ['知识产权', '保护']] as const) {
      assert.equal(wordHash(a, 0, a.length), toolWordHash(a));
      const bits = pairBits(toolWordHash(a), toolWordHash(b));
      assert.equal(bits.length, 5);
      assert.deepEqual(bits, pairBits(toolWordHash(b), toolWordHash(a)));
      const filter = new Uint16Array(1 << 16);
      for (const bit of bits) filter[bit >>> 4] = (filter[bit >>> 4] ?? 0) | (1 << (bit & 15));
      assert.equal(new CollocationFilter(filter).has(wordHash(b, 0, b.length), wordHash(a, 0, a.length)), true);
      assert.equal(new CollocationFilter(filter).has(wordHash(a, 0, a.length), wordHash('发展', 0, 2)), false);
    }
    // A character read otherwise is hashed as the word it makes.
    assert.equal(wordHash('前妻', 0, 2, 1, '期'.charCodeAt(0)), toolWordHash('前期'));
  });
  it('finds nothing to correct in clean text', () => {
    const run = '扎实推进中国式现代化';
    for (let i = 0; i < run.length; i++) assert.deepEqual(model.corrections(run, i), [], run[i]);
  });
  it('offers a common word read like a pair of unfamiliar characters', () => {
    const [best] = model.corrections('公务用车主管部门按照政府菜狗法律法规', 12, undefined, true);
    assert.equal(best?.wrong, '菜狗');
    assert.equal(best?.right, '采购');
    assert.deepEqual(model.corrections('公务用车主管部门按照政府菜狗法律法规', 12), [], 'pairs only when asked for');
    assert.deepEqual(model.pairCandidates('扎实推进中国式现代化', 4), [], 'a familiar pair');
  });
  it('lets a set phrase vouch for a candidate the character model doubts', () => {
    const run = '全市上下全力以附抓好防汛救灾工作';
    const [best] = model.corrections(run, 7);
    assert.equal(best?.right, '赴');
    assert.equal(best?.word, '全力以赴');
    assert.equal(best?.setPhrase, true);
    assert.ok(best.charGain < 3, 'the character model alone would not report it');
    assert.deepEqual(model.corrections(run, 7, { ...DEFAULT_THRESHOLDS, setPhraseBonus: 0, setPhraseMinCharGain: 3 }), [], 'without the phrase evidence');
  });
  it('weighs a context that flips to the candidate for a real-word slip', () => {
    const run = '搭建实时在线的国资兼管平台';
    const [best] = model.corrections(run, 9);
    assert.equal(best?.right, '监');
    assert.equal(best?.contextFlip, true);
    assert.equal(best?.realWord, true, '兼管 is a word of its own');
    assert.equal(best?.realWordFlip, true, '…and 监管 one of the same reading: the context flips both ways');
    // (and without round 32's collocatedFew: 监管 goes with 国资 and 平台, evidence of its own)
    assert.deepEqual(model.corrections(run, 9, { ...DEFAULT_THRESHOLDS, contextFlipBonus: 0, realWordFlipBonus: 0, collocationFewBonus: 0 }), [], 'without the context evidence');
    assert.equal(model.corrections(run, 9, { ...DEFAULT_THRESHOLDS, contextFlipBonus: 0, realWordFlipBonus: 0 })[0]?.collocatedFew, true);
  });
  it('lets the pairs of common draft words vouch, except those a one-character slip or a homophone word may have made', () => {
    // Draft words official texts hardly use (jieba counts them 200 times or more): their characters are no longer examined…
    for (const word of ['现场', '巡逻', '消防', '走访', '村民']) assert.deepEqual([model.suspicious(word, 0), model.suspicious(word, 1)], [false, false], word);
    // …but not a pair one confusion away from another common pair (警力 for 精力, 同比 for 占比), nor one read like a common word (嫌疑 for 现已).
    for (const word of ['警力', '同比', '嫌疑']) assert.equal(model.suspicious(word, 0), true, word);
    // A slip beside a newly vouched word is still found: 村民 vouches for 民 only, 圆 has neither pair.
    assert.deepEqual(findingsOf('wrong-character', '组织村民委圆会换届选举。').map((f) => [f.start, f.end, f.fix?.text]), [[5, 6, '员']]);
    assert.deepEqual(findingsOf('wrong-character', '民警赶到现场，及时消除消防安全银患。').map((f) => [f.start, f.end, f.fix?.text]), [[15, 16, '隐']]);
  });
  it('takes as written a character that official text holds beside each of its neighbours (round 34)', () => {
    // Neither pair vouches (the usual search would look at them), but official text has each pair: 全省 4 times, 省地 4.
    const run = '全省地区生产总值';
    assert.deepEqual([model.suspicious(run, 0), model.suspicious(run, 1)], [true, true]);
    assert.deepEqual([model.heldByOfficialPairs(run, 0, run.length, 0), model.heldByOfficialPairs(run, 0, run.length, 1)], [true, true], 'at the run\'s start its one pair is enough');
    // At the run's end the one pair must be seen five times or more (推开 15 times; 省长 4, 居全国第 4).
    assert.equal(model.heldByOfficialPairs('改革全面推开', 0, 6, 5), true);
    assert.equal(model.heldByOfficialPairs('省人民政府省长', 0, 7, 6), false);
    assert.equal(model.heldByOfficialPairs('增速居全国第', 0, 6, 5), false);
    // Only inside the run given: the same character with the run cut before it has no left pair (run start).
    assert.equal(model.heldByOfficialPairs('实现新突破和取得', 0, 8, 2), true, '现新 9, 新突 14');
    assert.equal(model.heldByOfficialPairs('实现新突破和取得', 2, 3, 2), false, 'a run of one character');
    // A slip makes a pair official text never saw: still examined, and found.
    assert.equal(model.heldByOfficialPairs('大力培育发展大数局产业', 0, 11, 8), false, '数局');
    assert.equal(model.heldByOfficialPairs('形成闭环管里', 0, 6, 5), false, '管里');
    assert.deepEqual(findingsOf('wrong-character', '大力培育发展大数局产业。').map((f) => [f.start, f.end, f.fix?.text]), [[8, 9, '据']]);
    assert.deepEqual(findingsOf('wrong-character', '全省地区生产总值增长百分之五，改革全面推开。'), []);
  });
  it('takes as written a character that city reports hold between two pairs, where official text has not seen them (round 35)', () => {
    // Pairs of ten city reports of eight cities (heldPairs) that official text has not seen twice count as seen: 力谱 (奋力谱写), 速居 and 居全 (增速居全国), 规上 and 上工 (规上工业), 亿级 (千亿级).
    for (const [run, at] of [['奋力谱写中国式现代化', 1], ['增速居全国第二位', 2], ['推动规上工业增加值', 3], ['打造千亿级产业集群', 4]] as const) {
      assert.equal(model.suspicious(run, at), true, run);
      assert.ok(model.officialPairCount(run.charCodeAt(at - 1), run.charCodeAt(at)) < 2 || model.officialPairCount(run.charCodeAt(at), run.charCodeAt(at + 1)) < 2, `${run}: a pair official text has not seen`);
      assert.equal(model.heldByOfficialPairs(run, 0, run.length, at), true, run);
    }
    // At the run's end too (宜业 of 宜居宜业); at its start official text alone holds (、水务总局 is a slip for 税务总局).
    assert.equal(model.heldByOfficialPairs('打造宜居宜业', 0, 6, 5), true, 'the run\'s end');
    assert.equal(model.heldByOfficialPairs('规上工业增加值', 0, 7, 0), false, 'the run\'s start');
    // A pair that looks like a slip for a far commoner one holds nothing (建康 for 健康, 信系 for 信息, 建全 for 健全): still examined, and found.
    assert.equal(model.heldByOfficialPairs('国家卫生建康委', 0, 7, 4), false, '建康');
    assert.equal(model.heldByOfficialPairs('工业和信系化部', 0, 7, 4), false, '信系');
    assert.equal(model.heldByOfficialPairs('建立建全相关制度', 0, 8, 2), false, '建全');
    assert.deepEqual(findingsOf('wrong-character', '国家卫生建康委、国家药监局负责。').map((f) => [f.start, f.end, f.fix?.text]), [[4, 5, '健']]);
    assert.deepEqual(findingsOf('wrong-character', '工业和信系化部、商务部负责。').map((f) => [f.start, f.end, f.fix?.text]), [[4, 5, '息']]);
    assert.deepEqual(findingsOf('wrong-character', '要建立建全相关工作协调机制。').map((f) => [f.start, f.end, f.fix?.text]), [[3, 4, '健']]);
    // Report language stays quiet.
    for (const clean of ['奋力谱写中国式现代化新篇章。', '增速居全国第二位，规上工业增加值增长百分之八。', '建设国家物流枢纽，打造宜居宜业和美乡村。']) assert.deepEqual(findingsOf('wrong-character', clean), [], clean);
  });
  it('weighs a context that flips both ways for a real word its neighbour vouches for', () => {
    const run = '积极运用物联网大数据等技术手段开展远程检测诊断';
    assert.equal(model.suspicious(run, 19), false, '测 vouches for 检: the usual search never looks at it');
    const eligible = new Uint8Array(65536).fill(1);
    const [best] = model.realWordCorrections(run, 19, eligible);
    assert.equal(best?.right, '监');
    assert.equal(best?.word, '监测');
    assert.equal(best?.realWordFlip, true);
    assert.deepEqual(model.realWordCorrections(run, 19, eligible, { ...DEFAULT_THRESHOLDS, realWordFlipBonus: 0, contextFlipBonus: 0 }), [], 'without the flip of the context as evidence');
    assert.ok(best.score - DEFAULT_THRESHOLDS.realWordFlipBonus - DEFAULT_THRESHOLDS.contextFlipBonus < DEFAULT_THRESHOLDS.report, 'the flip is what lifts it over the threshold');
    assert.deepEqual(model.realWordCorrections('加强食品安全抽样检测工作', 8, eligible), [], 'official texts use 抽样检: the written collocation holds');
    // The second character of a run lies under two windows only: the replacement must also complete a longer word.
    const [edge] = model.realWordCorrections('联系会议成员因工作变动', 0, eligible);
    assert.equal(edge?.word, '联席会', '联席 completes 联席会(议) with the neighbours');
    assert.equal(vouchedWordFlips(2, 0, 2, false), false, 'two windows alone are too little');
    assert.equal(vouchedWordFlips(2, 0, 2, true), true);
    assert.equal(vouchedWordFlips(3, 0, 3, false), true);
    assert.equal(vouchedWordFlips(3, 1, 3, false), false, 'a window of official phrasing as written holds the written word');
    assert.equal(acceptedVariants('做出', '作出'), true);
    assert.equal(acceptedVariants('检测', '监测'), false);
  });
  it('weighs a context that flips to a homophone word', () => {
    const run = '各部门要健全考核评价极致';
    const best = model.corrections(run, 10, undefined, true).find((c) => c.wrong.length > 1);
    assert.equal(best?.right, '机制');
    assert.equal(best?.contextFlip, true);
    assert.equal(best?.realWord, true, '极致 is a word of its own');
    assert.deepEqual(model.corrections(run, 10, { ...DEFAULT_THRESHOLDS, contextFlipBonus: 0, homophoneWordFlipMinCharGain: DEFAULT_THRESHOLDS.homophoneWordMinCharGain }, true).filter((c) => c.wrong.length > 1), [], 'without the context evidence');
    const loose = { ...DEFAULT_THRESHOLDS, strongFlipPhrase: 0 };
    const written = model.pairCandidates('领域有许多短板产业亟需改造升级', 9, -Infinity, false, false, -Infinity, loose).find((c) => c.right === '继续');
    assert.ok(written, '继续 is offered for 亟需 (a common word of official texts)…');
    assert.equal(written.contextFlip, false, '…but 亟需 is used in official texts: its context does not flip');
    assert.equal(model.pairCandidates('领域有许多短板产业亟需改造升级', 9).find((c) => c.right === '继续'), undefined, '…and the clause\'s words go with 亟需, none with 继续 (writtenCollocated, round 28)');
  });
  it('weighs a homophone word that completes a longer term with its neighbours', () => {
    const run = '各地要加强县级富有保健院标准化建设';
    const best = model.corrections(run, 7, undefined, true).find((c) => c.wrong.length > 1);
    assert.equal(best?.right, '妇幼');
    assert.equal(best?.longWordFlip, true, '妇幼保健院 is a dictionary word, 富有保健院 none');
    assert.equal(best?.contextFlip, true, '富有 is used twice in official texts, so only the longer word makes the context flip');
    assert.deepEqual(model.corrections(run, 7, { ...DEFAULT_THRESHOLDS, longWordFlipBonus: 0, contextFlipBonus: 0 }, true).filter((c) => c.wrong.length > 1), [], 'without the evidence of the long word and of the flip it makes');
    const official = { officialPairCount: (a: number, b: number) => ({ 妇幼: 19, 核发: 2, 滑冰: -1 } as Record<string, number>)[String.fromCharCode(a, b)] ?? -1 };
    const flips = (right: string, base: number, candidate: number, joins = true) => longWordFlips(official, right.charCodeAt(0), right.charCodeAt(1), base, candidate, () => joins);
    assert.equal(flips('妇幼', 0, 3), true);
    assert.equal(flips('妇幼', 0, 2), false, 'two windows are too few');
    assert.equal(flips('妇幼', 1, 4), false, 'a window of official phrasing as written holds the written word');
    assert.equal(flips('妇幼', 0, 4, false), false, 'no longer word completed (or the written pair completes one too)');
    assert.equal(flips('核发', 0, 4), true, 'a replacement official texts use twice is enough');
    assert.equal(flips('滑冰', 0, 4), false, 'one they never use is not (花样画饼 → 滑冰 stays missed)');
  });
  it('weighs a homophone word typed whole where the written word is one official texts use', () => {
    const eligible = new Uint8Array(65536).fill(1);
    // 自愿 vouches for its characters (official texts use it): the pair search never sees it; realWordStarts does.
    const run = '指导各省级人民政府开展公共自愿交易平台整合工作';
    assert.equal(model.suspicious(run, 13), false, '自愿 vouches for 愿');
    const [best] = model.realWordCorrections(run, 13, eligible);
    assert.equal(best?.right, '资源');
    assert.equal(best?.wrong, '自愿');
    assert.equal(best?.contextFlip, true);
    assert.deepEqual(model.realWordCorrections('深度参与全国碳排放权温室气体自愿减排交易市场', 15, eligible), [], '自愿减 is set phrasing of official text: 自愿 holds');
    // A written word whose characters stay suspicious (used in official texts, but not enough to vouch): pairCandidates.
    const flips = model.pairCandidates('推广政权期货纠纷示范判决机制', 2).find((c) => c.right === '证券');
    assert.equal(flips?.contextFlip, true, '政权 is used in official texts, and every window but one over the pair flips to 证券');
    assert.deepEqual(model.pairCandidates('充分展示历代中央政权对新疆的管辖治理', 6).filter((c) => c.right === '证券'), [], '中央政 is set phrasing: 政权 holds');
    const official = { officialPairCount: (a: number, b: number) => ({ 资源: 800, 石河: 3, 滑冰: -1 } as Record<string, number>)[String.fromCharCode(a, b)] ?? -1 };
    const pair = (right: string, base: number, candidate: number, outer = true) => vouchedPairFlips(official, right.charCodeAt(0), right.charCodeAt(1), base, candidate, () => outer);
    assert.equal(pair('资源', 0, 3), true);
    assert.equal(pair('资源', 0, 2), false, 'two windows of four are too few against a word official texts use');
    assert.equal(pair('资源', 1, 4), false, 'a window of official phrasing as written holds the written word');
    assert.equal(pair('资源', 0, 4, false), false, 'a common replacement must show in an outer window too (outerWindowsAsk)');
    assert.equal(pair('石河', 0, 3), true, 'a replacement official texts use from twice on');
    assert.equal(pair('滑冰', 0, 4), false, 'not one they never use');
  });
  it('lets the clause\'s words flip a homophone word typed whole that one window asks for (collocationFlips)', () => {
    const found = model.pairCandidates('配合做好了解合适工作', 6).find((c) => c.right === '核实');
    assert.equal(found?.collocated, true, '核实 goes with 配合, 做好, 了解, 工作, 合适 with none of them');
    assert.equal(found?.contextFlip, true);
    assert.deepEqual(model.pairCandidates('为退役军人安排合适工作', 7).filter((c) => c.collocated === true), [], 'too few words of the clause go with 核实');
    const official = { officialPairCount: (a: number, b: number) => ({ 核实: 4, 滑冰: -1 } as Record<string, number>)[String.fromCharCode(a, b)] ?? -1 };
    const flip = (right: string, base: number, candidate: number, near = false, collocated = true) => collocationFlips(official, right.charCodeAt(0), right.charCodeAt(1), near, base, candidate, () => collocated);
    assert.equal(flip('核实', 0, 1), true);
    assert.equal(flip('核实', 0, 0), false, 'at least one window must be with the replacement');
    assert.equal(flip('核实', 1, 2), false, 'a window of official phrasing as written holds the written word');
    assert.equal(flip('核实', 0, 2, true), false, 'no near reading');
    assert.equal(flip('核实', 0, 2, false, false), false, 'the clause must go with the replacement and not with the written word');
    assert.equal(flip('滑冰', 0, 3), false, 'a replacement official texts never use');
  });
  it('offers a common word with a near reading of one character for a written word', () => {
    const best = model.corrections('各级临到干部要带头转变工作作风', 2, undefined, true).find((c) => c.wrong.length > 1);
    assert.equal(best?.right, '领导');
    assert.equal(best?.kind, 'near');
    assert.deepEqual(model.corrections('各级临到干部要带头转变工作作风', 2, { ...DEFAULT_THRESHOLDS, nearPairPenalty: 30 }, true).filter((c) => c.wrong.length > 1), [], 'held to its penalty');
  });
  it('weighs the name of an institution that the candidate completes', () => {
    const run = '水务总局按职责分工负责';
    const [best] = model.corrections(run, 0);
    assert.equal(best?.right, '税');
    assert.equal(best?.institution, true);
    assert.equal(institutionAround(model, run, 0, '税'.charCodeAt(0)), '税务总局');
    assert.deepEqual(model.corrections(run, 0, { ...DEFAULT_THRESHOLDS, institutionBonus: 0 }), [], 'without the name evidence');
    assert.equal(institutionAround(model, '日国务院发布的办法', 0, '由'.charCodeAt(0)), undefined, '由 before 国务院 belongs to no name');
    assert.equal(postAround('社区党总支书籍', 6, '记'.charCodeAt(0)), '书记');
    assert.equal(postAround('社区党总支书籍工作', 6, '记'.charCodeAt(0)), undefined, 'a post ends the item');
    const written = '哈尔滨医科大学副交长';
    assert.equal(model.corrections(written, 8, undefined, false, false, true)[0]?.right, '校', 'at the end of an item');
    assert.deepEqual(model.corrections(written, 8), [], 'where the clause goes on');
  });
  it('knows look-alikes from character decompositions', () => {
    for (const [written, right] of [['玉', '国'], ['才', '团'], ['矢', '医'], ['厂', '广'], ['浣', '院'], ['冶', '治'], ['菅', '管'], ['锐', '税'], ['剑', '险']]) {
      assert.ok(model.confusable(written).includes(right), `${written} → ${right}`);
    }
    // Only toward characters official texts use at least half as often (each candidate costs time everywhere): 绩 for
    // 债 (137 uses to 248), not 浣 for 院 nor 玉 for 国.
    assert.ok(model.confusable('债').includes('绩'), '债 → 绩');
    for (const [written, right] of [['院', '浣'], ['国', '玉']]) assert.equal(model.confusable(written).includes(right), false, `${written} → ${right}`);
  });
  it('knows look-alikes from glyph images', () => {
    for (const [written, right] of [['肋', '助'], ['朕', '联'], ['迀', '迁'], ['偾', '债']]) assert.ok(model.confusable(written).includes(right), `${written} → ${right}`);
    // Not for a common written character (周 of 教育周 is meant), nor toward the standard form a variant reads like (寛/宽, 覚/觉).
    for (const [written, right] of [['周', '局'], ['寛', '宽'], ['覚', '觉']]) assert.equal(model.confusable(written).includes(right), false, `${written} → ${right}`);
    // Round 36: a common written character is offered a close look-alike official texts use ten times as often (觉 → 党,
    // the OCR slips of a normative document; 青 → 育 too: 教青局 stays quiet on its evidence, test/unit/wrong-character-real-slips).
    for (const [written, right] of [['觉', '党'], ['青', '育']]) assert.ok(model.confusable(written).includes(right), `${written} → ${right}`);
    // Alike in layout only (扌 beside 国 and 屋; 折 over 言 and 叔 over 目): only as close as an unknown character's; the
    // pairs whose differing parts are alike too stay (月/且 of 肋/助, 壬/王 of 任/仼), and so do very close ones (据/掴 0.07).
    for (const [written, right] of [['掴', '握'], ['掴', '播'], ['朕', '胀'], ['誓', '督']]) assert.equal(model.confusable(written).includes(right), false, `${written} → ${right}`);
    for (const [written, right] of [['掴', '据'], ['仼', '任']]) assert.ok(model.confusable(written).includes(right), `${written} → ${right}`);
  });
  it('has no misspelt idioms in its dictionary', () => {
    assert.equal(model.hasWord('再接再厉'), true);
    assert.equal(model.hasWord('再接再历'), false, 'jieba lists it (count 3); the build drops it');
    assert.equal(model.hasWord('不知所错'), false);
    assert.equal(model.hasWord('为人处事'), true);
  });
  it('knows a given name after the title of a post, and only there', () => {
    const at = (text: string, piece: string) => text.indexOf(piece);
    const release = '总统府副秘书长刘建忻、国家安全局局长彭胜竹';
    assert.equal(inPersonNameAfterTitle(release, at(release, '忻'), 1), true);
    assert.equal(inPersonNameAfterTitle(release, at(release, '建'), 1), true);
    // The surname itself, and a name with no title before it, are checked like any other characters.
    assert.equal(inPersonNameAfterTitle(release, at(release, '刘'), 1), false);
    assert.equal(inPersonNameAfterTitle('会见了刘建忻、彭胜竹', 5, 1), false);
    // A list of names headed by a title; a pair slip (怡玎) inside the sixth.
    const list = '立法委员吴思瑶、李德维、林宜瑾、郑正钤、赖品妤、吴怡玎及陈以信等亦出席';
    assert.equal(inPersonNameAfterTitle(list, at(list, '怡'), 2), true);
    // What follows a name must end it: 主任高雨单人 runs on into a word, so 单 is not a name's.
    const running = '国办督查室主任高雨单人。';
    assert.equal(inPersonNameAfterTitle(running, at(running, '单'), 1), false);
  });
  it('knows the name in a photo credit, and only there', () => {
    const at = (text: string, piece: string) => text.indexOf(piece);
    // held-out s31 (新疆 2018 provincial report): a pair slip 坚摄 → 建设 across the name's end and the credit's 摄.
    const credit = '会议上作政府工作报告。新疆日报记者崔志坚摄';
    assert.equal(inPhotoCredit(credit, at(credit, '坚'), 2), true);
    assert.equal(inPhotoCredit(credit, at(credit, '志'), 1), true);
    // 摄 running on into a word (摄影展), no credit title before the name, or no surname: checked as before.
    const exhibition = '新疆日报记者崔志坚摄影展开幕';
    assert.equal(inPhotoCredit(exhibition, at(exhibition, '坚'), 2), false);
    const project = '推进重点项目崔志坚摄';
    assert.equal(inPhotoCredit(project, at(project, '坚'), 2), false);
    const works = '确保记者站点工程坚摄';
    assert.equal(inPhotoCredit(works, at(works, '坚'), 2), false);
  });

  it('knows coined parallels with a repeated head, and slips in set parallels', () => {
    const at = (text: string, piece: string) => text.indexOf(piece);
    // 2026 provincial reports: coined halves (失智, 冬钓, 引才) around a shared character.
    const care = '困境儿童、失能失智失独等群体';
    assert.equal(inRepeatedHeadQuartet(model, care, at(care, '智'), '智', '职'), true);
    const winter = '持续开展冬捕冬钓等活动';
    assert.equal(inRepeatedHeadQuartet(model, winter, at(winter, '冬捕'), '冬捕', '东部'), true);
    const talent = '扎实推进“手拉手”以才引才专项行动';
    assert.equal(inRepeatedHeadQuartet(model, talent, at(talent, '以'), '以', '人'), true);
    // Slips in set parallels: the correction makes a set phrase, or a half is a word, or the quartet starts inside a word.
    const rule = '对各项监督制度不拆不扣执行到位';
    assert.equal(inRepeatedHeadQuartet(model, rule, at(rule, '拆'), '拆', '折'), false);
    const farm = '县级人民政府农亚农村主管部门';
    assert.equal(inRepeatedHeadQuartet(model, farm, at(farm, '亚'), '亚', '业'), false);
    const item = '东湖绿道二期工程PPP项目项目场务经理';
    assert.equal(inRepeatedHeadQuartet(model, item, at(item, '场'), '场', '常'), false);
  });

  it('knows a verb of rank after a noun', () => {
    const text = '科技产业链集聚企业数居全国第1位。';
    assert.equal(rankVerbAfterNoun(text, text.indexOf('居'), 1, text.indexOf('数')), true);
    // Not before a rank, or a correction that does not join the character before it.
    const plain = '企业数居民数都在增加。';
    assert.equal(rankVerbAfterNoun(plain, plain.indexOf('居'), 1, plain.indexOf('数')), false);
    assert.equal(rankVerbAfterNoun(text, text.indexOf('居'), 1, text.indexOf('居')), false);
  });

  it('knows a shared tail across 和 and a 于…之外 frame', () => {
    const chain = '促进产业链和创新链融合';
    assert.equal(sharedTailAcrossConjunction(chain, chain.lastIndexOf('链'), '链'), true);
    // Chains, belts and circles side by side need no conjunction (产业链创新链, held-out s30c); other tails do.
    assert.equal(sharedTailAcrossConjunction('促进产业链创新链融合', 7, '链'), true);
    assert.equal(sharedTailAcrossConjunction('促进产业群创新群融合', 7, '群'), false);
    // Another character at the first member's end, or a two-character suspect: not a shared tail.
    const other = '促进产业群和创新链融合';
    assert.equal(sharedTailAcrossConjunction(other, other.indexOf('链'), '链'), false);
    assert.equal(sharedTailAcrossConjunction(chain, chain.lastIndexOf('链'), '链融'), false);
    const frame = '改变科技力量游离于企业和市场之外的局面';
    assert.equal(verbOfPositionFrame(frame, frame.indexOf('于'), '游离'), true);
    // 有利于 with no 之外 closing the clause, or a one-character suspect: no frame.
    const plain = '改变科技力量游离于企业发展的局面，之外';
    assert.equal(verbOfPositionFrame(plain, plain.indexOf('于'), '游离'), false);
    assert.equal(verbOfPositionFrame(frame, frame.indexOf('于'), '离'), false);
  });

  it('knows an event before 后 or 前', () => {
    const text = '针对严峻挑战和疫后经济恢复特点';
    assert.equal(eventBeforeTimeWord(text, text.indexOf('疫'), '疫', '以后'), true);
    // 已 typed for 以 is a slip; a correction that is no time word, or one the next character does not end, is not this.
    const slip = '已后我们要加强管理';
    assert.equal(eventBeforeTimeWord(slip, 0, '已', '以后'), false);
    assert.equal(eventBeforeTimeWord(text, text.indexOf('疫'), '疫', '以来'), false);
    assert.equal(eventBeforeTimeWord('疫情经济', 0, '疫', '以后'), false);
  });

  it('knows a zodiac year and the 也 of 什么…也', () => {
    const year = '送去蛇年春节的年货';
    assert.equal(zodiacYear(year, year.indexOf('蛇'), '蛇'), true);
    assert.equal(zodiacYear('龙年大吉', 0, '龙年'), true);
    // An animal not before 年, or another character before 年, is checked as before.
    assert.equal(zodiacYear('蛇形走位', 0, '蛇'), false);
    assert.equal(zodiacYear('衣年来', 0, '衣'), false);
    const frame = '什么事也办不成';
    assert.equal(concessiveYe(frame, frame.indexOf('也'), '也'), true);
    assert.equal(concessiveYe('任何困难也不能', 4, '也'), true);
    assert.equal(concessiveYe('推进各项事也发展', 5, '也'), false);
    assert.equal(concessiveYe(frame, frame.indexOf('事'), '事'), false);
  });

  it('knows the verb of the classical 之所 + verb', () => {
    const line = '民之所忧必念之、民之所盼必行之';
    assert.equal(nominalisedAfterZhiSuo(line, line.indexOf('忧'), '忧', '有'), true);
    assert.equal(nominalisedAfterZhiSuo('急群众之所急', 5, '急', '及'), true);
    // 之所以 is a word of its own: a correction to 以 is still checked; so is 所 + verb with no 之 before it.
    assert.equal(nominalisedAfterZhiSuo('我们之所已成功', 4, '已', '以'), false);
    assert.equal(nominalisedAfterZhiSuo('全省所忧企业', 3, '忧', '有'), false);
  });

  it('knows a fair named by its theme and a metal among materials', () => {
    const fairs = '参加丝博会、进博会';
    assert.equal(fairAbbreviation(fairs, fairs.indexOf('丝'), '丝'), true);
    assert.equal(fairAbbreviation('广交会', 0, '广'), true);
    // Not before 博会, or more than one character: checked as before.
    assert.equal(fairAbbreviation('世搏会', 0, '世搏'), false);
    assert.equal(fairAbbreviation('丝绸之路', 0, '丝'), false);
    const metals = '铜铝铀等战略性矿产';
    assert.equal(metalElement(metals, metals.indexOf('铝'), '铝铀'), true);
    assert.equal(metalElement('推动锂新能源电池项目', 2, '锂'), true);
    // A metal where a word is meant, with no metal or material beside it: checked as before.
    assert.equal(metalElement('发展铝铀产业', 2, '铝铀'), false);
    assert.equal(metalElement('及时处锂问题', 3, '锂'), false);
    assert.equal(metalElement('加快发展全域旅游', 6, '旅游'), false);
  });

  it('knows local-government policy jargon and names of places in a list of places', () => {
    const drains = '加快城市建成区雨污分流改造';
    assert.equal(policyJargon(drains, drains.indexOf('雨'), 1), true);
    assert.equal(policyJargon('启动可研编制', 2, 1), true);
    assert.equal(policyJargon('加快推进海关、国检设立正式机构', 8, 1), true);
    assert.equal(policyJargon('通过国检验收', 3, 1), true);
    assert.equal(policyJargon('全国检验评估中获得第一', 2, 1), false, '全国检验: no term of its own');
    const uses = (c: string) => ({ 绛: 0, 漳: 0, 常: 224, 将: 293 })[c] ?? 100;
    const rivers = '扎实做好石子河、绛河等综合治理';
    assert.equal(riverName(uses, rivers, rivers.indexOf('绛'), '绛', '江', '江河'), true);
    assert.equal(riverName(uses, '九龙江口和漳江口', 5, '漳', '长', '长江'), true);
    assert.equal(riverName(uses, '全面推进常江大保护', 4, '常', '长', '长江'), false, 'a common character: 长江 typed wrong');
    assert.equal(riverName(uses, '漳州发展', 0, '漳', '长', '长州'), false, 'no generic after it');
    assert.equal(policyJargon('新区建投大厦', 3, 1), true);
    assert.equal(policyJargon('研究治堵之策', 2, 2), true);
    assert.equal(policyJargon('实施制造业数智化转型行动', 6, 1), true);
    assert.equal(policyJargon('大力发展数智经济', 5, 1), false);
    // The term without what it stands before, or the suspect outside the term: checked as before.
    assert.equal(policyJargon('加快重大项目建投进度', 7, 1), false);
    assert.equal(policyJargon('加强区雨污染联防联控', 3, 1), false);
    assert.equal(policyJargon('鼓励可研机构参与', 2, 1), false);
    assert.equal(policyJargon(drains, drains.indexOf('区'), 1), false);
    // 具身 and 幼小 only inside the whole term (具身智能, 幼小衔接): 具身素质, 幼小 before another word are checked as before.
    assert.equal(policyJargon('建成人形机器人与具身智能概念验证中心', 8, 2), true);
    assert.equal(policyJargon('扩大幼小衔接试点覆盖面', 2, 2), true);
    assert.equal(policyJargon('不断提高具身素质', 4, 2), false);
    assert.equal(policyJargon('扩大幼小范围试点', 2, 2), false);
    const model = wrongCharacterModel();
    const hasWord = (word: string) => model.hasWord(word);
    const exits = '加快忠庄、高桥、董公寺等高速公路下线口建设';
    assert.equal(placeNameInList(exits, exits.indexOf('寺'), 1, '司', hasWord), true);
    const lanes = '加强城墙内顺城巷、北院门等重点旅游街区';
    assert.equal(placeNameInList(lanes, lanes.indexOf('巷'), 1, '乡', hasWord), true);
    const venues = '高标准规划建设埠村、五峰山等国际赛事基地';
    assert.equal(placeNameInList(venues, venues.indexOf('埠'), 1, '部', hasWord), true);
    // No other item of the list names a place, or the correction makes the item's tail a common word (峨眉山): a slip.
    assert.equal(placeNameInList('积极引进上市公寺等优质企业', 5, 1, '司', hasWord), false);
    const mountains = '建设五台山、普陀山、娥眉山等佛教名山旅游区';
    assert.equal(placeNameInList(mountains, mountains.indexOf('娥'), 1, '峨', hasWord), false);
    // Not at the end of the item.
    assert.equal(placeNameInList('推进城巷融合、五峰山建设', 2, 1, '乡', hasWord), false);
    const hospitals = '市一院综合病房大楼、市七院门急诊病房大楼建成使用';
    assert.equal(numberedHospital(hospitals, hospitals.indexOf('一'), '一'), true);
    assert.equal(numberedHospital(hospitals, hospitals.indexOf('七'), '七'), true);
    // No owner before the numeral (社区一院), or no 院 after it: checked as before.
    assert.equal(numberedHospital('建设社区一院', 4, '一'), false);
    assert.equal(numberedHospital('市一中', 1, '一'), false);
    // A village named surname + 家 + a place suffix (held-out s31, 榆林 2014: 郭家湾煤矿), not 国家 typed near; 湾区 is no village.
    const words = { hasWord };
    const villages = '开工建设郭家湾煤矿等37个项目';
    assert.equal(localTerm(words, villages, villages.indexOf('郭'), '郭', '国'), true);
    assert.equal(localTerm(words, '推进郭家湾区建设', 2, '郭', '国'), false);
    assert.equal(localTerm(words, '落实郭家重大战略', 2, '郭', '国'), false);
    // A named expressway (晋济高速), but not 高速公路 or 高速发展 after a non-word pair.
    const roads = '严肃处理晋济高速“3·1”事故相关责任人';
    assert.equal(localTerm(words, roads, roads.indexOf('晋'), '晋', '经'), true);
    assert.equal(localTerm(words, '加快推竟高速公路建设', 3, '竟', '进'), false);
    assert.equal(localTerm(words, '推动晋济高速发展', 2, '晋', '经'), false);
    // The first item of a 、-list of lines named by their end places (湖南 2012: 推进杭长、长昆客运专线; 铁路，……推进石长、娄邵、衡茶吉建设).
    const lines = '重点推进杭长、长昆客运专线建设';
    assert.equal(localTerm(words, lines, lines.indexOf('进'), '进杭', '进行'), true);
    const railway = '铁路，加快推进石长、娄邵、衡茶吉建设';
    assert.equal(localTerm(words, railway, railway.indexOf('石'), '石', '市'), true);
    assert.equal(localTerm(words, '加快推进石长、娄邵、衡茶吉建设', 4, '石', '市'), false);
    assert.equal(localTerm(words, '重点推进杭长、教育建设', 3, '进杭', '进行'), false);
  });

  it('knows a series of reduplicated time words', () => {
    const series = '力争月月有活动、季季有节会';
    assert.equal(reduplicationSeries(series, series.indexOf('季'), '季季'), true);
    assert.equal(reduplicationSeries('要季季参与', 1, '季季'), false);
    // Not a reduplication, or not of a time or measure word: checked as before.
    assert.equal(reduplicationSeries('月月有活动、积极参与', 6, '积极'), false);
    assert.equal(reduplicationSeries('月月有活动、极极参与', 6, '极极'), false);
  });

  it('knows postings to a region, the frame 因X制宜, formal numerals and 由X向Y (held-out s30c)', () => {
    const aid = '卫生援疆，';
    assert.equal(regionPosting(aid, 2, '援'), true);
    assert.equal(regionPosting('驻莞部队', 0, '驻莞'), true);
    assert.equal(regionPosting('卫生援建设', 2, '援'), false, '援 before no region');
    assert.equal(regionPosting('进驻新区', 1, '驻'), false, '新 begins common words: no region');
    assert.equal(adaptFrame('因村制宜', 1, '村'), true);
    assert.equal(adaptFrame('因企施策', 0, '因企'), true);
    assert.equal(adaptFrame('因村发展', 1, '村'), false, 'no 制宜 after it');
    assert.equal(formalNumeral('壹号'), true);
    assert.equal(formalNumeral('一号'), false);
    assert.equal(distributiveZhu('措施逐一解决', 2, '逐一'), true);
    assert.equal(distributiveZhu('措施逐一解决', 3, '一'), true);
    assert.equal(distributiveZhu('经济逐渐恢复', 2, '逐'), false, '逐渐: no measure after 逐');
    assert.equal(distributiveZhu('要特别主意防范', 3, '主'), false);
    assert.equal(ethnonymCharacter('彝'), true);
    assert.equal(ethnonymCharacter('畲'), true);
    assert.equal(ethnonymCharacter('苗'), false, '苗 is a common word too (ethnicGroupName asks for a head)');
    const subsidiaries = '中央企业子企业和集团子公司';
    assert.equal(subsidiaryPrefix(subsidiaries, subsidiaries.indexOf('子'), '子'), true);
    assert.equal(subsidiaryPrefix(subsidiaries, subsidiaries.lastIndexOf('子'), '子'), true);
    assert.equal(subsidiaryPrefix('资本投子企业', 3, '子'), false, 'after a verb: 投资');
    assert.equal(subsidiaryPrefix('企业子金', 2, '子'), false, 'no 企业/公司 after it');
    const words = { hasWord: (w: string) => ['整改', '改正', '改造'].includes(w) };
    assert.equal(conversionSlogan(words, '水田及旱改水5862亩', 3, '旱'), true);
    assert.equal(conversionSlogan(words, '推进煤改气、煤改电', 2, '煤'), true);
    assert.equal(conversionSlogan(words, '推进煤改气工程', 2, '煤'), true);
    assert.equal(conversionSlogan(words, '限期正改到位', 2, '正'), false, '改到 is followed by more text');
    assert.equal(conversionSlogan(words, '问题及旱改正。', 3, '旱'), false, '改正 is a word');
    assert.equal(conversionSlogan(words, '限期整改。', 2, '整'), false, 'no Han character after 改');
    const from = '经济由高速增长阶段向高质量发展阶段迈进';
    assert.equal(fromToFrame(from, 2, '由高'), true);
    assert.equal(fromToFrame('经济保持由高速增长，结构优化', 4, '由高'), false, 'no 向 in its clause');
  });

  it('knows 亟须/亟需/亟待 and slogans of the shape 招X引Y', () => {
    const urgent = '新动能亟需加强';
    assert.equal(urgentJi(urgent, urgent.indexOf('亟'), '亟需'), true);
    assert.equal(urgentJi(urgent, urgent.indexOf('需'), '需'), true);
    assert.equal(urgentJi('要继须推进', 2, '须'), false);
    const slogan = '坚持招强引优';
    assert.equal(attractSlogan(slogan, slogan.indexOf('招'), '招'), true);
    assert.equal(attractSlogan(slogan, slogan.indexOf('优'), '优'), true);
    assert.equal(attractSlogan('进一步招强管理', 3, '招'), false);
  });

  it('knows numeral slogans (四室三站一场, 两委一室): numeral + one-character noun units side by side', () => {
    const slogan = '完成城镇社区“四室三站一场”建设';
    assert.equal(numeralSlogan(slogan, slogan.indexOf('室'), '室'), true);
    assert.equal(numeralSlogan('实行两委一室办公', 3, '委'), true);
    assert.equal(numeralSlogan('全省新建三站一室', 7, '室'), true);
    assert.equal(numeralSlogan('建成四室三个服务站', 3, '室'), false, 'a measure word: 四十三个');
    assert.equal(numeralSlogan('建成四室三万平方米', 3, '室'), false, 'a figure: 四十三万');
    assert.equal(numeralSlogan('四室加强管理', 1, '室'), false, 'one unit is no slogan');
  });

  it('keeps 四室 of the slogan “四室三站一场” quiet, and finds 四室三个 (四十三个) in the same sentence', () => {
    assert.deepEqual(findingsOf('wrong-character', '——社区服务体系建设项目。五年内全面完成城镇社区“四室三站一场”建设，搞好178所社区卫生服务中心和405所卫生服务站的标准化建设。加快行政村村级组织活动场所和村民文化、广电、卫生、计生等服务设施建设。到2012年，实现城镇社区服务功能全覆盖，农村行政村占到45％以上，努力推进城乡社会服务一体化、社区服务广普化。').map((f) => [f.line, f.column]), []);
    assert.deepEqual(findingsOf('wrong-character', '——社区服务体系建设项目。五年内全面完成城镇社区四室三个服务站建设，搞好178所社区卫生服务中心和405所卫生服务站的标准化建设。加快行政村村级组织活动场所和村民文化、广电、卫生、计生等服务设施建设。到2012年，实现城镇社区服务功能全覆盖，农村行政村占到45％以上，努力推进城乡社会服务一体化、社区服务广普化。').map((f) => [f.line, f.column, f.fix?.text ?? f.suggestions?.[0]?.text]), [[1, 26, '十']]);
  });

  it('finds a numeral set phrase of the dictionary typed wrong though it looks like a numeral slogan (一国两致, round 32)', () => {
    // 一国两致: 一国 and 两致 are numeral + one-character units, but 制 completes the set phrase 一国两制 (Candidate.setPhrase).
    assert.deepEqual(findingsOf('wrong-character', '我们要继续贯彻“一国两致”、“港人治港”、“澳人治澳”的方针。').map((f) => [f.line, f.column, f.fix?.text]), [[1, 12, '制']]);
    assert.deepEqual(findingsOf('wrong-character', '我们要继续贯彻“一国两制”、“港人治港”、“澳人治澳”的方针。'), []);
    // The slogan itself stays quiet: 四十 completes no set phrase.
    assert.deepEqual(findingsOf('wrong-character', '五年内全面完成城镇社区“四室三站一场”建设。'), []);
  });

  it('keeps 执罚 of 执收执罚 quiet (a real word beside a coined half on the same head), and finds it without the frame', () => {
    const model = wrongCharacterModel();
    const frame = '执收执罚部门收支完全脱钩';
    assert.equal(inRepeatedHeadQuartet(model, frame, frame.indexOf('罚'), '罚', '法'), true);
    assert.equal(inRepeatedHeadQuartet(model, '坚持依法依归办事', 5, '归', '规'), false, 'both halves words: 依法 is no coined half');
    assert.deepEqual(findingsOf('wrong-character', '完善国库集中收付改革，执收执罚部门收支完全脱钩试点扩大到61个县（市、区）。').map((f) => [f.line, f.column]), []);
    assert.deepEqual(findingsOf('wrong-character', '完善国库集中收付改革，收费执罚部门收支完全脱钩试点扩大到61个县（市、区）。').map((f) => [f.line, f.column]), [[1, 15]]);
  });

  it('knows the round 31 guards: N城联创, characters of names, 已 before a verb word, administrative levels, 趋 before an adjective', () => {
    assert.equal(cityCampaign('支持开展八城联创', 4, '八'), true);
    assert.equal(cityCampaign('四城同创', 0, '四'), true);
    assert.equal(cityCampaign('建设特色八城', 4, '八'), false);
    assert.equal(nameCharacter('鑫'), true);
    assert.equal(nameCharacter('欣'), false);
    const words = (w: string) => ['下达', '上报'].includes(w);
    assert.equal(alreadyBeforeVerb('省级已下达我市', 2, '已', '以下', words), true);
    assert.equal(alreadyBeforeVerb('年满60周岁已下的', 6, '已', '以下', words), false);
    assert.equal(administrativeLevel('市级'), true);
    assert.equal(administrativeLevel('等级'), false);
    assert.equal(tendingTo('信用环境逐步趋暖。', 6, '趋'), true);
    assert.equal(tendingTo('冬季群众趋暖需求旺盛', 4, '趋'), false);
  });

  it('knows an ethnonym in a name and 已致 before a count', () => {
    const dong = '肇兴侗寨的侗乡特色产业';
    assert.equal(ethnicGroupName(dong, dong.lastIndexOf('侗'), '侗'), true);
    // An ethnonym before a character it names nothing with, or another character: checked as before.
    assert.equal(ethnicGroupName('侗同志', 0, '侗'), false);
    assert.equal(ethnicGroupName('同乡会', 0, '同'), false);
    const caused = '袭击已致超300人死亡';
    assert.equal(alreadyCaused(caused, caused.indexOf('已'), '已'), true);
    assert.equal(alreadyCaused('台风已致3人遇难', 2, '已'), true);
    assert.equal(alreadyCaused('代表意见已致通过', 4, '已'), false);
  });

  it('knows the short name of a world organisation', () => {
    assert.equal(worldOrganisation('根据世卫组织最新统计数据', 2, '世卫'), true);
    // Not before 组织, or another first character: checked as before.
    assert.equal(worldOrganisation('世卫工作', 0, '世卫'), false);
    assert.equal(worldOrganisation('市为组织', 0, '市为'), false);
    assert.equal(worldOrganisation('世卫组织部部长', 0, '世卫'), false);
  });

  it('knows a count: a numeral before a measure word', () => {
    const text = '一年来，我们着力抓好六方面工作，完成三大任务。';
    assert.equal(countNumeral(text, text.indexOf('六'), '六', '这'), true);
    assert.equal(countNumeral(text, text.indexOf('三'), '三', '山'), true);
    // 十点工作 (试点): 点 is no measure word here; a numeral corrected into a numeral is no count question.
    const pilot = '建立与十点工作相适应的管理制度';
    assert.equal(countNumeral(pilot, pilot.indexOf('十'), '十', '试'), false);
    assert.equal(countNumeral(text, text.indexOf('六'), '六', '五'), false);
  });

  it('lets pairs of city government reports vouch for their characters, except those a slip may have made (data/local-text, round 30)', () => {
    // Sentences of held-out city reports (heldout-s30c: cities the data never saw): suspicious before round 30.
    assert.equal(model.suspicious('建成盐碱地国创中心总部基地', 3), false, '碱 of 盐碱地');
    assert.equal(model.suspicious('切实守住城市历史文脉', 9), false, '脉 of 文脉');
    assert.equal(model.suspicious('新增婴幼儿托位数不少于', 7), false, '数 of 位数');
    // 雨污 of 雨污分流 is in many city reports, but a confusion of one character makes another pair that vouches: left out.
    assert.equal(model.suspicious('雨污分流', 0), true, '雨 of 雨污');
  });
  it('knows which characters are mostly used in names', () => {
    assert.ok(model.nameShare('郑') > 0.5, '郑 (郑州, surname)');
    assert.ok(model.nameShare('的') < 0.1, '的');
  });
  it('leaves out for corrections() only candidates no evidence could report (ECSpell sample, both sides)', () => {
    // candidates(…, thresholds) skips the search for set phrases where the written character sits in a word, and the rest
    // of the evidence where the word model disagrees too much: every candidate it leaves out must fail the thresholds
    // even with an institution's bonus, the others stay in order.
    const t = DEFAULT_THRESHOLDS;
    const rows = readFileSync('test/fixtures/ecspell/odw.sample.tsv', 'utf8').split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 3);
    let positions = 0;
    let left = 0;
    let belowWord = 0;
    for (const sentence of rows.flatMap((cells) => [cells[1], cells[2]])) {
      for (const [run] of sentence.matchAll(/\p{Script=Han}+/gu)) {
        for (let i = 0; i < run.length; i++) {
          const all = model.candidates(run, i, t.minCharGain, false, t.setPhraseMinCharGain);
          const kept = model.candidates(run, i, t.minCharGain, false, t.setPhraseMinCharGain, t);
          const key = (c: (typeof all)[number]) => JSON.stringify(c);
          const keptKeys = kept.map(key);
          assert.deepEqual(keptKeys, all.map(key).filter((k) => keptKeys.includes(k)), `${run} ${i}: a sublist, in order`);
          for (const dropped of all.filter((c) => !keptKeys.includes(key(c)))) {
            const noPhrase = dropped.charGain < t.minCharGain && dropped.realWord && !dropped.setPhrase && !dropped.realWordFlip;
            const noWord = dropped.segGain < t.minSegGain && (dropped.segGain < t.strongFlipMinSegGain || !dropped.realWordFlip);
            assert.ok(noPhrase || noWord, `${run} ${i} → ${dropped.right}`);
            assert.equal(evidence({ ...dropped, institution: true }, t), undefined, `${run} ${i} → ${dropped.right}`);
            left++;
            if (noWord) belowWord++;
          }
          positions++;
        }
      }
    }
    assert.ok(positions > 10000 && belowWord > 50, `${positions} positions, ${left} candidates left out, ${belowWord} of them for the word model`);
    // Where one is left out (odw.train): 署 completes 海关总署, but 数 sits in 总数, so the phrase does not count
    // (no setPhrase), and the character model alone is short of minCharGain: never reportable. (Thresholds of round
    // 25 written out, so that a later choice of thresholds does not move the example.)
    // Since round 29 the common word 远方 vouches for 方 (no position is examined there): asked as if suspicious.
    const fixed = { ...t, minCharGain: 3, setPhraseMinCharGain: -1 };
    assert.equal(model.suspicious('精心照顾远方亲戚已成为当地的一段佳话', 5), false);
    for (const [run, i, right] of [['海关总数分别负责', 3, '署'], ['精心照顾远方亲戚已成为当地的一段佳话', 5, '房']] as const) {
      const all = model.candidates(run, i, fixed.minCharGain, true, fixed.setPhraseMinCharGain);
      const found = all.find((c) => c.right === right);
      assert.ok(found && found.realWord && !found.setPhrase && found.charGain < fixed.minCharGain, `${run}: ${right} found by its phrase`);
      assert.equal(model.candidates(run, i, fixed.minCharGain, true, fixed.setPhraseMinCharGain, fixed).some((c) => c.right === right), false, `${run}: left out`);
      assert.equal(model.corrections(run, i, fixed).some((c) => c.right === right), false, `${run}: not reported either way`);
    }
  });
  it('has every set phrase it may look for in its set-phrase filter, and few other windows', () => {
    // SetPhraseFilter (bits built with the data) must never miss a key of a phrase setPhraseAround() accepts: a miss
    // would hide a set phrase. Every four-character word of the data, tested as setPhraseAround tests it.
    assert.deepEqual([MIN_PHRASE, MAX_PHRASE], [4, 4], 'the filter knows windows of four characters only');
    const filter = model['phraseFilter'];
    const { slots, stride } = model['wordsLong'].wideSlots();
    let phrases = 0;
    for (let base = 0; base < slots.length; base += stride) {
      if (slots[base] === 0 || slots[base + 3] === 0 || slots[base + 4] !== 0) continue;
      const word = String.fromCharCode(...slots.subarray(base, base + 4));
      const cost = model.wordCostWith(word, 0, 4, -1, 0);
      if (cost < 0 || (cost > MAX_PHRASE_COST && !(model.officialTrigramWith(word, 0, -1, 0) && model.officialTrigramWith(word, 1, -1, 0)))) continue;
      phrases++;
      for (let k = 0; k < 4; k++) assert.ok(filter.mayCover(word, 0, k), `${word} ${k}`);
    }
    assert.ok(phrases > 15000, `${phrases} phrases`);
    // Windows of clean report text: the filter lets few through (a phrase's key, or a false one: ~1 in 15).
    const text = readFileSync('test/fixtures/corpus/simplified/2015-gov-work-report-state-council.txt', 'utf8');
    let windows = 0;
    let through = 0;
    for (const [run] of text.matchAll(/\p{Script=Han}{4,}/gu)) {
      for (let start = 0; start + 4 <= run.length; start++) {
        for (let k = 0; k < 4; k++, windows++) if (filter.mayCover(run, start, start + k)) through++;
      }
    }
    assert.ok(windows > 40000 && through < windows * 0.25, `${through} of ${windows} windows through`);
    assert.equal(filter.mayCover('全力以附', 0, 3), true, '全力以_ of 全力以赴');
  });
  it('decides alike with and without its set-phrase filter (ECSpell sample, both sides)', () => {
    // Where the filter says no set phrase can cover a position, candidates() holds every candidate to minCharGain from
    // the start (no search for phrases, fewer candidates tried): its answers must be those of the search at every position.
    const t = DEFAULT_THRESHOLDS;
    const rows = readFileSync('test/fixtures/ecspell/odw.sample.tsv', 'utf8').split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 3);
    const sentences = rows.flatMap((cells) => [cells[1], cells[2]]);
    const answers = () =>
      sentences.flatMap((sentence) =>
        [...sentence.matchAll(/\p{Script=Han}+/gu)].flatMap(([run]) =>
          [...run].map((_, i) => JSON.stringify([model.candidates(run, i), model.candidates(run, i, t.minCharGain, false, t.setPhraseMinCharGain, t), model.corrections(run, i)])),
        ),
      );
    const withFilter = answers();
    const possible = model['setPhrasePossible'].bind(model);
    let asked = 0;
    let ruledOut = 0;
    try {
      model['setPhrasePossible'] = (run: string, index: number) => {
        asked++;
        if (!possible(run, index)) ruledOut++;
        return true;
      };
      assert.deepEqual(answers(), withFilter);
    } finally {
      // Back to the prototype's method.
      Reflect.deleteProperty(model, 'setPhrasePossible');
    }
    assert.ok(asked > 5000 && ruledOut > asked * 0.6, `${ruledOut} of ${asked} positions asked about ruled out`);
    // A slip inside a set phrase: the filter lets the position through, the phrase is found (全力以附 → 全力以赴).
    const run = '全市上下全力以附抓好防汛救灾工作';
    assert.equal(model['setPhrasePossible'](run, 7), true);
    assert.equal(model.corrections(run, 7)[0]?.word, '全力以赴');
    assert.equal(model['setPhrasePossible']('大力培育发展大数局产业', 8), false, '局 of 大数局: no set phrase over it');
  });
  it('knows whether a character sits in a dictionary word of two to four characters (ECSpell sample, both sides)', () => {
    // insideWord() stops at the first word it finds, through the run's memoized lookups: the answer must be that of every range.
    const inside = (run: string, i: number): boolean => model['insideWord'](run, i);
    const rows = readFileSync('test/fixtures/ecspell/odw.sample.tsv', 'utf8').split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 3);
    let yes = 0;
    let no = 0;
    for (const sentence of rows.slice(0, 60).flatMap((cells) => [cells[1], cells[2]])) {
      for (const [run] of sentence.matchAll(/\p{Script=Han}+/gu)) {
        for (let i = 0; i < run.length; i++) {
          let expected = false;
          for (let start = Math.max(0, i - 3); start <= i; start++) {
            for (let end = Math.max(i + 1, start + 2); end <= Math.min(run.length, start + 4); end++) expected ||= model.hasWord(run.slice(start, end));
          }
          assert.equal(inside(run, i), expected, `${run} ${i}`);
          if (expected) yes++;
          else no++;
        }
      }
    }
    assert.ok(yes > 1000 && no > 100, `${yes} inside a word, ${no} not`);
    assert.equal(inside('大力培育发展大数局产业', 8), false, '局 of 大数局: no word');
    assert.equal(inside('大力培育发展大数据产业', 8), true, '据 of 数据');
  });
  it('scans a paragraph in one pass as suspiciousRun, realWordStarts and a cut into Han runs do (ECSpell sample, both sides)', () => {
    // scanParagraph() fuses the three passes the rule made: the offsets must be theirs, and its runs the Han runs that
    // hold any of them, each with the range of its offsets.
    const confusable = new Uint8Array(65536);
    for (let code = 0; code < 65536; code++) if (model.hasConfusionsCode(code)) confusable[code] = 1;
    const table = new Uint8Array(65536);
    let learnt = 0;
    const learn = (code: number): number => {
      learnt++;
      const kind = code >= 0xd800 && code <= 0xdfff ? SCAN_ODD : /^\p{Script=Han}$/u.test(String.fromCharCode(code)) ? SCAN_RUN : 0;
      return SCAN_KNOWN | kind | (confusable[code] === 1 ? SCAN_SUSPECT : 0);
    };
    const scan = new ParagraphScan();
    const check = (text: string): void => {
      model.scanParagraph(text, table, learn, scan);
      const found = new Int32Array(text.length + 1);
      const suspicious = Array.from(found.subarray(0, model.suspiciousRun(text, 0, text.length, found)));
      assert.deepEqual(Array.from(scan.suspicious.subarray(0, scan.suspiciousCount)), suspicious, text);
      const real = Array.from(found.subarray(0, model.realWordStarts(text, 0, text.length, found)));
      assert.deepEqual(Array.from(scan.realStarts.subarray(0, scan.realCount)), real, text);
      const odd = /[\ud800-\udfff]/.test(text);
      assert.equal(scan.odd, odd, text);
      const runs: number[] = [];
      if (!odd) {
        for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
          const start = m.index;
          const end = start + m[0].length;
          const inside = (list: number[]) => [list.filter((at) => at < start).length, list.filter((at) => at < end).length];
          const [from, to] = inside(suspicious);
          const [realFrom, realTo] = inside(real);
          if (to > from || realTo > realFrom) runs.push(start, end, from, to, realFrom, realTo);
        }
      }
      assert.deepEqual(Array.from(scan.runs.subarray(0, 6 * scan.runCount)), runs, text);
    };
    const rows = readFileSync('test/fixtures/ecspell/odw.sample.tsv', 'utf8').split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 3);
    for (const cells of rows) for (const sentence of [cells[1], cells[2]]) check(sentence);
    // Paragraphs that start or end inside a run or outside one, Latin, digits, half of a pair and a pair outside the BMP.
    for (const text of ['', '局', 'ABC', '大力培育发展大数局产业', '2024年远程检测诊断，GDP增长5%。', '大数局\ud840', '𠀀大力培育发展大数局产业。', '远程检测诊断。𠀀']) check(text);
    // More runs than the scratch space starts with (it grows), then a short paragraph again.
    check('大力培育发展大数局产业，远程检测诊断；'.repeat(300));
    check('大数局');
    assert.ok(learnt > 500, `${learnt} characters learnt`);
  });
  it('leaves out of the pair slips of a written word only those no evidence could report (ECSpell sample, both sides)', () => {
    // corrections() asks pairCandidates() for homophone words of at least minWordCharGain() of the character model:
    // the others are the same list, in order, less those evidence() rejects whatever their flips.
    const t = DEFAULT_THRESHOLDS;
    const floor = minWordCharGain(t);
    assert.ok(floor > t.minCharGain, `${floor} above minCharGain ${t.minCharGain}: the floor leaves some out`);
    const rows = readFileSync('test/fixtures/ecspell/odw.sample.tsv', 'utf8').split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 3);
    let kept = 0;
    let left = 0;
    for (const sentence of rows.flatMap((cells) => [cells[1], cells[2]])) {
      for (const [run] of sentence.matchAll(/\p{Script=Han}+/gu)) {
        for (let i = 0; i + 1 < run.length; i++) {
          const all = model.pairCandidates(run, i, t.minCharGain);
          const some = model.pairCandidates(run, i, t.minCharGain, false, false, floor);
          assert.deepEqual(some, all.filter((c) => !c.realWord || c.charGain >= floor), `${run} ${i}`);
          for (const dropped of all.filter((c) => c.realWord && c.charGain < floor)) {
            for (const flips of [{}, { contextFlip: true }, { contextFlip: true, longWordFlip: true }]) assert.equal(evidence({ ...dropped, ...flips, phraseGain: 4, segGain: 99 }, t), undefined, `${run} ${i} → ${dropped.right}`);
            left++;
          }
          kept += some.length;
        }
      }
    }
    assert.ok(left > 0 && kept > 0, `${kept} kept, ${left} left out`);
  });
  it('finds the same slips in a paragraph with a character outside the BMP (the runs cut by the rule itself)', () => {
    // One paragraph each: a surrogate anywhere in it sends the whole paragraph through the rule's own cut into runs.
    assert.deepEqual(findingsOf('wrong-character', '大力培育发展大数局产业。𠀀').map((f) => [f.start, f.end, f.fix?.text]), [[8, 9, '据']]);
    assert.deepEqual(findingsOf('wrong-character', '𠀀大力培育发展大数局产业。').map((f) => [f.start, f.end, f.fix?.text]), [[10, 11, '据']]);
    assert.deepEqual(findingsOf('wrong-character', '大力培育发展大数局产业，𠀀远程检测诊断系统建设').map((f) => [f.start, f.end, f.fix?.text]), [[8, 9, '据'], [16, 17, '监']]);
  });
  it('finds a lone function character slipped between two words (群众盒新闻 → 和), and a formal function character at a clause end on the plain threshold (稳预其 → 期)', () => {
    const at = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, f.fix?.text ?? f.suggestions?.[0]?.text]);
    assert.deepEqual(at('认真接受市人大的法律监督、工作监督和市政协的民主监督，接受人民群众盒新闻舆论的广泛监督。'), [[1, 34, '和']]);
    assert.deepEqual(at('增收节支，改善财政困难状况，合理安排信贷规模，控制货币发行盒物价总水平。'), [[1, 30, '和']]);
    assert.deepEqual(at('以政策稳预其。出台了扶持产业发展政策。'), [[1, 6, '期']]);
    // Not at a clause's end, 及 joins what follows: quiet as before (a name before it, 国家及经济 in Taiwan texts).
    assert.deepEqual(at('刘创办人对国家及经济的贡献良多。'), []);
    // As written in the reports: quiet.
    assert.deepEqual(at('认真接受市人大的法律监督、工作监督和市政协的民主监督，接受人民群众和新闻舆论的广泛监督。'), []);
    assert.deepEqual(at('增收节支，改善财政困难状况，合理安排信贷规模，控制货币发行和物价总水平。'), []);
    assert.deepEqual(at('以政策稳预期。出台了扶持产业发展政策。'), []);
    // A character that is a word on its own stands alone on purpose (获, 或, 再): no lone 和, 在.
    assert.deepEqual(at('率先探索“揭榜挂帅”科技攻关机制，累计获国家科学技术奖通用项目190项，居各省、自治区之首。'), []);
    assert.deepEqual(at('提供基本公共服务尽可能采用购买服务方式，第三方可提供的事务性管理服务交给市场或社会去办。'), []);
    assert.deepEqual(at('启动垃圾飞灰处置及封场项目，飞灰水泥窑协同处置项目建成运行，新增飞灰实现无害化再利用。'), []);
    // 暨 joins the names of meetings: still on the full margin.
    assert.deepEqual(at('按照自治区党委十一届十一次全会暨全区经济工作会议部署，总体要求是：着力稳就业、稳企业、稳市场、稳预期。'), []);
  });

  it('hovers show the evidence', () => {
    const [finding] = findingsOf('wrong-character', '大力培育发展大数局产业。');
    assert.match(finding.detail ?? '', /“据”（同音字，组成“数据”）：词语证据 \+\d/);
  });
});

describe('wrong-character: words of report language (round 32)', () => {
  const model = wrongCharacterModel();

  it('knows the city reports’ own words that do not vouch, and leaves general words and pieces of two words out', () => {
    // Report language: city reports use them at least as often as general text (jieba), or jieba lacks them.
    for (const word of ['痼疾', '魅力', '计提', '愿景', '集疏', '勠力', '滑雪']) assert.equal(model.reportWord(word, 0), true, word);
    // General words that ECSpell's slips write (jieba counts them far more often than the reports use them), and a pair
    // the reports hold only across two words (人才|政策): not report language.
    for (const word of ['智齿', '暴涨', '礼仪', '答复', '故里', '史诗']) assert.equal(model.reportWord(word, 0), false, word);
    assert.equal(model.reportWord('人才政策', 1), false, '才政');
    // Pairs that vouch for their characters are not in the table (the margin is for the suspicious ones).
    assert.equal(model.reportWord('管理', 0), false);
    assert.equal(model.reportWord('痼', 0), false, 'past the end');
  });

  it('asks more evidence of a report word in running text, with the other reports’ slips of the same form still found', () => {
    const at = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, text.slice(f.start, f.end)]);
    // The same report word quiet in its own sentence and found where a longer word speaks for the correction.
    assert.deepEqual(at('加大城市痼疾治理力度。'), []);
    assert.deepEqual(at('加大城市痼疾治理力度。商务部发放药品类易制毒滑雪品进口许可前，应当征得国家禁毒办同意。'), [[1, 23, '滑雪']]);
  });
});

describe('wrong-character: a run of Han characters too long to be prose (round 34)', () => {
  // 600,000 random characters on one line took ten minutes (the model reads a run whole); the longest run in 8 M
  // characters of report text is 103.
  const slip = '内蒙古自治区乌兰察布市大力培育发展大数局产业';
  const filler = '各地区各部门认真贯彻落实'.repeat(43); // 516 characters

  it('a run of over 500 characters with no mark, digit or space is left alone', () => {
    assert.deepEqual(findingsOf('wrong-character', `${filler}${slip}。`).map((f) => f.fix?.text), []);
  });

  it('the same slip in a run of its own is still found', () => {
    assert.deepEqual(findingsOf('wrong-character', `${filler}。${slip}。`).map((f) => [f.column, f.fix?.text]), [[517 + 20, '据']]);
  });
});

describe('wrong-character: People\'s Daily news and round 33\'s untouched reports (round 34)', () => {
  const quiet = (text: string) => assert.deepEqual(findingsOf('wrong-character', text), []);
  const found = (text: string) => findingsOf('wrong-character', text).map((f) => `${f.line}:${f.column} ${text.split('\n')[f.line - 1]?.slice(f.column - 1, f.endColumn - 1)}`);

  it('leaves a sentence-final particle before ？ or ！ alone, and finds the same look-alike before a word (final-particle)', () => {
    quiet('“青春告白祖国”活动在高校广泛开展。“你是中国人吗？”“你爱中国吗？”“你愿意中国好吗？”在南开大学，同学们用歌声回答。');
    assert.deepEqual(found('常住人吗城镇化率达到69%左右。'), ['1:4 吗']);
    assert.equal(finalParticle('你是中国人吗？', 5, '吗', '口'), true);
    assert.equal(finalParticle('你是中国人吗', 5, '吗', '口'), false);
    assert.equal(finalParticle('你是中国人吗？', 5, '吗', '嘛'), false);
  });

  it('leaves the short name of a country the document pairs with 中 alone, and finds it where the document does not (country-short-name)', () => {
    const visit = '李克强总理赴乌出席上合组织总理会议对落实今年6月比什凯克峰会成果、推动上合组织发展具有重要意义。';
    quiet(`${visit}\n访问期间，李克强总理将同乌方就落实两国元首重要共识、推动中乌关系发展以及共同关心的国际和地区问题深入交换意见。`);
    assert.deepEqual(found(visit), ['1:6 赴乌']);
    quiet('哥斯达黎加总统阿尔瓦拉多表示，中国在诸多领域成为全球的榜样和典范。哥方很高兴能在广泛议题上成为中国在中美洲的伙伴，希望哥中关系未来不断巩固。');
    assert.equal(countryShortName('中方愿与菲方共同努力', 4, '菲', () => true), true);
    assert.equal(countryShortName('中方愿与菲方共同努力', 4, '菲', () => false), false);
    // Neither before 方 nor after 赴/访/对: no short name.
    assert.equal(countryShortName('各国企业很高兴', 0, '各', () => true), false);
  });

  it('asks more evidence of a name character that no phrasing supports, and finds slips of such characters that phrasing supports', () => {
    quiet('唱这首《茉莉花》的是该校刚刚升入大二的埃及学生宋语嫣，清晰准确的中文发音让在场观众为之惊叹。');
    quiet('欢迎印度药品企业和信息技术企业赴华投资合作。印度煕德隆药业（北京）有限公司高级总经理穆拉利说，金奈会晤成果丰硕。');
    quiet('刚度过脱贫后的第一个国庆节，陕西省志丹县贺老庄村的曹志宏就忙上了。');
    quiet('来自蒙古国贺西格中学、旅蒙华侨蒙中友谊学校、希望中学等14所学校的师生参加了活动。');
    // 勃 (a name's character a third of the time) with two windows of phrasing, 禾 → 和 a lone word of a character names use a third of the time (ECSpell train).
    assert.deepEqual(found('重点邀请珠三角、长三角、环勃海地区和西部、内陆中心城市名优企业参会参展。'), ['1:14 勃']);
    assert.deepEqual(found('中央禾国家机关领导班子和领导干部应当在思想上政治上行动上发挥表率作用，带头接受高标准严格考核。'), ['1:3 禾']);
  });

  it('knows a reporter\'s byline, a scholar named after the field and a credit line of its own', () => {
    quiet('（新华社北京10月14日电 记者周玮、史竞男、王思北）');
    quiet('近代以来，经济学家、政治学家杨敬年，知名哲学家、逻辑学家温公颐，著名理论物理学家葛墨林都曾在此任教。');
    quiet('十月一日，义乌国际商贸城处处花团锦簇。\n　　龚献明摄（影像中国）');
    const credit = '　　龚献明摄（影像中国）';
    assert.equal(inPhotoCredit(credit, 2, 1), true);
    // Words before the name: no credit line of its own, and no title (a slip in running text is checked as before).
    assert.equal(inPhotoCredit('作出龚献明摄（影像中国）', 2, 1), false);
    const byline = '（新华社北京10月14日电 记者周玮、史竞男、王思北）';
    assert.equal(inPersonNameAfterTitle(byline, byline.indexOf('玮'), 1), true);
    assert.equal(inPersonNameAfterTitle('接受记者采访时表示', 4, 1), false);
  });

  it('leaves 型 for 性 after a word to the writer (type-suffix), and still finds a look-alike of 性 that is no suffix swap', () => {
    quiet('进一步完善住房消费的税收、信贷政策，支持居民自住和改善型住房消费。');
    assert.deepEqual(found('辅助牲职位，是指具有较强事务性，在机关工作中处于辅助地位的职位。'), ['1:3 牲']);
    const model = wrongCharacterModel();
    assert.equal(typeSuffixSwap(model, '支持改善型住房', 4, '型', '性'), true);
    assert.equal(typeSuffixSwap(model, '促进转刑升级', 3, '刑', '型'), false);
  });

  it('leaves a pronoun ending its clause alone (clause-end-pronoun) and the name of a firm before 科技 (name-before-head)', () => {
    quiet('“为什么战旗美如画，英雄的鲜血染红了她。”有一个共同信念在官兵心中激荡。');
    assert.equal(clauseEndPronoun('英雄的鲜血染红了她。', 8, '她'), true);
    assert.equal(clauseEndPronoun('深入了她们的需求', 3, '她'), false);
    quiet('做无人机的大疆、做机器人的李群自动化、做“水上特斯拉”的逸动科技……20余年间，李泽湘斩获颇丰。');
    // A slip before 科技 that official phrasing confirms (推进科技, 进科技) is still found (ECSpell train).
    assert.deepEqual(found('深入推井科技管理体制改革，完善科技创新体系。'), ['1:4 井']);
  });

  it('does not count a window that crosses a word the text reads whole (构建涉稳), and keeps one that is the longer word itself or crosses no word of the text', () => {
    quiet('构建涉稳因素全链条管控机制，提升信访工作法治化水平，加强风险源头防控，深入排查化解矛盾纠纷，严防发生个人极端事件。');
    assert.deepEqual(found('包括宾馆、饭店、购物中心、超市、专业市场、农贸市场、衣产品批发市场、商铺、商用写字楼等。'), ['1:27 衣']);
    assert.deepEqual(found('对做出特别重大的科学发现、技术发明或者创新姓科学技术成果的，可以授予特等奖。'), ['1:22 姓']);
    assert.deepEqual(found('重点邀请珠三角、长三角、环勃海地区和西部、内陆中心城市名优企业参会参展。'), ['1:14 勃']);
    // Slips eval:inject put into report sentences (seeds 3 and 7): the candidate makes a word on its other side (集约), or the
    // common word's outer character makes one with the character beyond it (标的: 指标的|确定), so the window counts.
    assert.deepEqual(found('美丽河湖建成率达到60％以上，大气质量得到明显改善，节约急约、绿色低碳的理念蔚成风气。'), ['1:29 急']);
    assert.deepEqual(found('上述指标的确顶，充分考虑了我省经济发展潜力和金融危机的影响。'), ['1:7 顶']);
  });

  it('gives no name margin to a correction that completes a longer word (交通事故) or makes a word on both sides (城建, 建设)', () => {
    assert.deepEqual(found('2025年，全国一次死亡3人以上较大道路交通事故同比下降11%，未发生重特大道路交甬事故，首次实现自1990年有统计记录以来全年重特大道路交通事故“零发生”。'), ['1:42 甬']);
    assert.deepEqual(found('以产业为支撑，推进区域中心城市和县城剑设，促进大中小城市和小城镇协调发展。'), ['1:19 剑']);
  });
});

describe('wrong-character confusion sets: look-alikes around a part as large as the rest (round 35)', () => {
  const model = wrongCharacterModel();
  it('pairs a character around an even part with one whose main part it is, in the same place of the same layout', () => {
    assert.ok(model.confusable('报').includes('服')); // 𠬝 after 扌 (main), after 月 (even)
    assert.ok(model.confusable('聒').includes('职')); // 耳 before 舌 (even), before 只 (main)
    assert.ok(model.confusable('兑').includes('党')); // 兄 under 丷 (main), under 龸 (even)
  });
  it('pairs no two characters where the part is only as large in both, nor where it stands elsewhere', () => {
    assert.ok(!model.confusable('等').includes('策')); // ⺮ over 寺, over 朿: even in both
    assert.ok(!model.confusable('环').includes('全')); // 王 beside 不, under 人
    assert.ok(!model.confusable('乘').includes('利')); // 禾 in 乘's own layout, beside 刂
  });
});

describe('wrong-character: V一V frames (round 35, second pass)', () => {
  it('reads a one-character verb said twice around 一 as the frame, wherever the suspect is in it', () => {
    const text = '他把人请到地里转一转，跟在后头边听边学。';
    const at = text.indexOf('转一转');
    assert.equal(verbOneVerb(text, at, '转'), true);
    assert.equal(verbOneVerb(text, at + 1, '一'), true);
    assert.equal(verbOneVerb(text, at + 2, '转'), true);
    assert.equal(verbOneVerb('大家都来看一看吧', 4, '一'), true);
  });
  it('does not read two words as the frame (统一统计) nor a run of 一', () => {
    const text = '各部门要统一统计口径。';
    const at = text.indexOf('统一统计');
    for (let k = 0; k < 4; k++) assert.equal(verbOneVerb(text, at + k, text.charAt(at + k)), false);
    assert.equal(verbOneVerb('一一对应', 1, '一'), false);
  });
});

describe('wrong-character: political-legal articles (round 36, heldout-s36a)', () => {
  const words = new Set(['发展', '各行', '各行业', '变化']);
  const hasWord = (w: string) => words.has(w);
  it('reads 也 after a finished subject and before its predicate as the adverb (adverbial-ye)', () => {
    const a = '这件事也在社交网络上引起了热议';
    assert.equal(adverbialYe(a, a.indexOf('也'), '也', '业', hasWord), true);
    const b = '互联网的发展也进一步推高了';
    assert.equal(adverbialYe(b, b.indexOf('也'), '也', '业', hasWord), true);
  });
  it('leaves 也 checked where the subject is no word without 业, the correction makes a longer word, or a pause follows', () => {
    const a = '我市文化产也发展迅速';
    assert.equal(adverbialYe(a, a.indexOf('也'), '也', '业', hasWord), false);
    const b = '各行也要加强管理';
    assert.equal(adverbialYe(b, b.indexOf('也'), '也', '业', hasWord), false);
    const c = '这件事也，';
    assert.equal(adverbialYe(c, c.indexOf('也'), '也', '业', hasWord), false);
    const d = '降低也震灾害风险';
    assert.equal(adverbialYe(d, d.indexOf('也'), '也', '地', (w) => w === '降低'), false);
  });
  it('knows a list item sharing its tail with the item before (shared-tail-item), not an item of another tail', () => {
    const a = '包括抵押权、质权和留置权。';
    assert.equal(sharedTailListItem(a, a.indexOf('质'), '质'), true);
    const b = '包括抵押权、职责和留置权。';
    assert.equal(sharedTailListItem(b, b.indexOf('职'), '职'), false);
    assert.equal(sharedTailListItem('依法行使质权。', 4, '质'), false);
  });
  it('knows the adverb before 时有发生 (now-and-then), and no other 时', () => {
    const a = '屡审屡犯情况仍时有发生。';
    assert.equal(beforeNowAndThen(a, a.indexOf('仍'), '仍', '及时'), true);
    const b = '对群众反映的问题要仍时处理。';
    assert.equal(beforeNowAndThen(b, b.indexOf('仍'), '仍', '及时'), false);
  });
  it('knows the speaker named after a closing quotation mark before 说 (speaker-after-quote)', () => {
    const a = '争议很大。”吴金妹说，立法联系点';
    assert.equal(inSpeakerAfterQuote(a, a.indexOf('妹'), 1), true);
    const b = '争议很大。吴金妹说，立法联系点';
    assert.equal(inSpeakerAfterQuote(b, b.indexOf('妹'), 1), false);
    const c = '争议很大。”吴金妹认为，立法联系点';
    assert.equal(inSpeakerAfterQuote(c, c.indexOf('妹'), 1), false);
  });
  it('reads 有所/无所 + a one-character verb before a pause as the frame (zhi-suo-verb), not 有所 + a longer verb', () => {
    const a = '学无所忧、学有所成、学有所用。';
    assert.equal(nominalisedAfterZhiSuo(a, a.indexOf('忧'), '忧', '有'), true);
    assert.equal(nominalisedAfterZhiSuo(a, a.indexOf('成'), '成', '有'), true);
    const b = '各项指标有所题高。';
    assert.equal(nominalisedAfterZhiSuo(b, b.indexOf('题'), '题', '提'), false);
  });
  it('accepts 法治 for 法制 one way only (ONE_WAY_VARIANTS)', () => {
    assert.equal(acceptedVariants('法治', '法制'), true);
    assert.equal(acceptedVariants('法制', '法治'), false);
  });
});

describe('wrong-character: number-heavy People\'s Daily articles (round 36, heldout-s36b, s36-wcnews)', () => {
  const fixes = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, f.fix?.text]);
  it('knows a list item sharing its tail with the item after (shared-tail-next-item), not an item of another tail', () => {
    const a = '中欧班列总开行数量和去程、回程班列开行列数三项指标均创单月最高纪录。';
    assert.equal(sharedTailNextItem(a, a.indexOf('去'), '去'), true);
    const b = '中欧班列总开行数量和去程、回来班列';
    assert.equal(sharedTailNextItem(b, b.indexOf('去'), '去'), false);
    const c = '重大去程、回程';
    assert.equal(sharedTailNextItem(c, c.indexOf('去'), '去'), false);
    assert.deepEqual(fixes(a), []);
  });
  it('knows the 棋 of the 一盘棋 metaphor (chess-metaphor), not a 棋 with no 盘 in its clause', () => {
    const a = '因此，“加减法”的背后，是一盘关系医改全局的大棋。本次改革进一步理顺了医疗价格体系。';
    assert.equal(chessMetaphor(a, a.indexOf('棋'), '棋'), true);
    const b = '全国一盘大棋，打破部门界限，众人握指成拳。';
    assert.equal(chessMetaphor(b, b.indexOf('棋'), '棋'), true);
    const c = '一盘菜，大棋候变化';
    assert.equal(chessMetaphor(c, c.indexOf('棋'), '棋'), false);
    assert.deepEqual(fixes(a), []);
    assert.deepEqual(fixes(b), []);
  });
  it('knows a village\'s name between its township\'s and 村 (village-name), not 乡镇 or 城镇 before it', () => {
    const a = '稼农家庭农场位于安徽省天长市冶山镇高巷村，是当地十强家庭农场。';
    assert.equal(villageName(a, a.indexOf('巷'), '巷'), true);
    const b = '提起朱新文，顿谷镇乾弄村的庞厚祥至今念念不忘。';
    assert.equal(villageName(b, b.indexOf('弄'), '弄'), true);
    const c = '全县各乡镇弄村';
    assert.equal(villageName(c, c.indexOf('弄'), '弄'), false);
    const d = '推进城镇和弄村';
    assert.equal(villageName(d, d.indexOf('弄'), '弄'), false);
    assert.deepEqual(fixes(a), []);
    assert.deepEqual(fixes(b), []);
  });
  it('knows the border of a province, city or county where a road section ends (area-border), not 世界 miswritten elsewhere', () => {
    // round 38, heldout-s38p (CCTV public-security and traffic items): the section of a road up to the city border
    const a = '京雄高速北京段全长27公里，其中六环路至市界段去年已开通，全线通车后对构建北京和雄安新区1小时交通圈、助力京津冀协同发展具有重要意义。';
    assert.equal(areaBorder(a, a.indexOf('市界'), '市'), true);
    const b = '车辆行驶至省界收费站时请减速慢行。';
    assert.equal(areaBorder(b, b.indexOf('省界'), '省'), true);
    const c = '中国日益走近市界舞台中央。';
    assert.equal(areaBorder(c, c.indexOf('市界'), '市'), false);
    const d = '要积极走向市界，参与国际竞争。';
    assert.equal(areaBorder(d, d.indexOf('市界'), '市'), false);
    assert.deepEqual(fixes(a), []);
  });
  it('knows 自 (since) before a date or year (since-time), not 自 for 字 before anything else', () => {
    // round 38, heldout-s38p: a count ends the subject, then 自…以来
    const a = '中缅双方持续深化执法合作，4.1万名犯罪嫌疑人被移交我方，电信网络诈骗发案数自2023年8月以来连续下降。';
    assert.equal(sinceTime(a, a.indexOf('自'), '自'), true);
    const b = '全市刑事警情数自今年起纳入考核。';
    assert.equal(sinceTime(b, b.indexOf('自'), '自'), true);
    const c = '加快推进数自化转型，大力发展实体经济。';
    assert.equal(sinceTime(c, c.indexOf('自'), '自'), false);
    assert.deepEqual(fixes(a), []);
    assert.deepEqual(fixes(c), [[1, 6, '字']]);
  });
  it('knows a name joined to a transliterated foreign name (beside-foreign-name), not the same word in a clause', () => {
    // round 38, heldout-s38p: the actors of a film festival's awards
    const a = '最佳影片由龙飞执导的《走走停停》获得；范伟和米娅·梅尔策分获最佳男主角和最佳女主角。';
    assert.equal(besideForeignName(a, a.indexOf('范伟'), a.indexOf('范伟') + 2), true);
    const b = '安东尼·布林肯与王毅举行会谈。';
    assert.equal(besideForeignName(b, b.indexOf('王毅'), b.indexOf('王毅') + 2), true);
    const c = '进一步扩大减税降费政策的适用范伟，让更多企业受益。';
    assert.equal(besideForeignName(c, c.indexOf('范伟'), c.indexOf('范伟') + 2), false);
    assert.deepEqual(fixes(a), []);
    assert.deepEqual(fixes(c), [[1, 16, '围']]);
  });
  it('keeps a verb word as written that the correction would break (left-word-as-written), not one after a conjunction', () => {
    // round 38, heldout-s38p: 续写 before its object; ECSpell odw: 和亲权 is 和 + 侵权 miswritten, still corrected
    const a = '全国公安机关坚决把握对党忠诚、服务人民、执法公正、纪律严明总要求，为续写社会长期稳定新篇章作出了突出贡献。';
    assert.deepEqual(fixes(a), []);
    const b = '实行垂直管理的行政执法机关自行确定本系统假冒伪劣和亲权行政处罚案件信息公开工作的机构层级。';
    assert.deepEqual(fixes(b), [[1, 26, '侵']]);
  });
  it('knows a name right after an age N岁的 (person-name-after-age), not a name after anything else', () => {
    const a = '92岁的叶五妹就经常推着66岁腿脚不便的儿子来吃，已经一年多了。';
    assert.equal(inPersonNameAfterAge(a, a.indexOf('叶'), 2), true);
    const b = '今年七十多岁的叶五妹';
    assert.equal(inPersonNameAfterAge(b, b.indexOf('叶'), 2), true);
    const c = '共有叶五个项目';
    assert.equal(inPersonNameAfterAge(c, c.indexOf('叶'), 2), false);
    assert.deepEqual(fixes(a), []);
  });
  it('reads 也 after a slogan of two halves on one head as the adverb (adverbial-ye)', () => {
    const a = '各行各业的复工复产也带动了武汉餐饮业的全面复苏。';
    assert.equal(adverbialYe(a, a.indexOf('也'), '也', '业', () => false), true);
    assert.deepEqual(fixes(a), []);
  });
  it('still finds the slip of heldout-s36b2 (建立建全 for 建立健全)', () => {
    assert.deepEqual(fixes('2019年以来，平南县建立建全防止返贫监测和帮扶机制，为巩固脱贫攻坚成果打下基础。'), [[1, 14, '健']]);
  });
});

describe('wrong-character messageIds (round 36: one per kind of slip)', () => {
  // A CI filter or a dashboard tells the kinds apart by messageId alone; each message names its kind in words too.
  const cases: { text: string; messageId: string; kind: RegExp; column: number }[] = [
    { text: '内蒙古自治区乌兰察布市大力培育发展大数局产业。', messageId: 'homophone', kind: /同音别字：“局”应为“据”/, column: 20 },
    { text: '要加强对重点人群的管理和服物。', messageId: 'homophone', kind: /同音别字：“物”应为“务”/, column: 14 },
    { text: '国家卫申建康委、国务院国资委、中央编办、国家发展改革委等按职责分工负责。', messageId: 'nearHomophone', kind: /近音别字：“申”应为“生”/, column: 4 },
    { text: '进一步招强管理。', messageId: 'lookAlike', kind: /形近别字：“招”应为“加”/, column: 4 },
    { text: '要季季参与社区治理。', messageId: 'homophoneWord', kind: /两字误打成同音词：“季季”应为“积极”/, column: 2 },
    { text: '各级临到干部要带头转变工作作风。', messageId: 'nearHomophoneWord', kind: /两字误打成近音词：“临到”应为“领导”/, column: 3 },
  ];
  for (const c of cases) {
    it(`${c.messageId}: ${c.text}`, () => {
      const found = findingsOf('wrong-character', c.text);
      assert.deepEqual(found.map((f) => [f.line, f.column, f.messageId]).filter(([, column]) => column === c.column), [[1, c.column, c.messageId]]);
      assert.match(found.find((f) => f.column === c.column)!.message, c.kind);
    });
  }
  it('names the kind in English too', () => {
    const [f] = findingsOf('wrong-character', '进一步招强管理。', {}, 'plaintext', 'en');
    assert.equal(f?.messageId, 'lookAlike');
    assert.match(f.message, /look-alike slip: "招" for "加"/);
  });
});

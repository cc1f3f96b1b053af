// wrong-character, round 33 (issue 12 precision, s33-wcprec): puns on set phrases, the adverbial 地 before a verb, the
// verb of a separable word with a complement put in, opposite heads of a slogan quartet and avenue names — false alarms
// on held-out 2026 city reports (heldout-s33w) and earlier held-out sets, with near sentences whose slips stay found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/ruleTester';
import { wrongCharacterModel } from '../../server/src/node/wrongCharacterData';
import { echoQuartet, setPhrasePun } from '../../server/src/text/wrong-character-wordplay';
import { adverbialDiTaken, historySuffix, listMarkerNumeral, separableVerb, towardFrame } from '../../server/src/text/wrong-character-grammar';
import { beforeNationalZone } from '../../server/src/text/wrong-character-zones';
import { inRepeatedHeadQuartet } from '../../server/src/text/wrong-character-phrasing';

const found = (text: string) => findingsOf('wrong-character', text).map((f) => [f.line, f.column, text.slice(f.start, f.end)]);

/** 1984 CPC decision on economic reform (heldout-s32n2): the paragraph whose 深入地去 read as 地区. */
const DECISION =
  '应该看到，在经济建设的实践中，特别是在整党中，在经济体制改革中，已经和正在成长大批优秀人才。各级党委一定要细心地深入地去发现和考察他们，务必不要为那些过时的老观念老框框所束缚，务必不要搞烦琐哲学、求全责备，务必不要受派性和种种闲言碎语的干扰。只要我们这样做了，大批优秀干部就会出现在我们面前。当然，中青年干部有缺乏领导经验的问题，但这种经验可以而且必然能够在实际锻炼中逐步取得，决不能以缺乏经验为理由压抑年轻干部。对经验应该采取分析态度。我们的同志在过去革命和建设中积累起来的正反两方面的丰富经验是十分宝贵的，但是在新时期的崭新任务面前，不论老中青干部，总的来说都缺乏现代化建设所需要的新知识新经验，都要重新认识自己，都要重新学习。那种抱残守缺，老是停留在过了时的经验上的态度，是不对的。';

describe('wrong-character: wordplay and grammar read as slips (round 33)', () => {
  const model = wrongCharacterModel();

  it('leaves puns on set phrases alone: a city character twice, a quoted name one character off an idiom', () => {
    // 泉州 2026 (and 济南 2026: “泉心泉意”政务服务大模型): 泉 for 全 in both places of 全心全意.
    assert.deepEqual(found('优化支持民营经济发展“1+N”政策体系，推出4批次41条“泉心泉意”便民利企举措，保障小微企业融资需求。'), []);
    // 南昌 2026: a veterans' service brand; 通辽 2023 (heldout-cities): a line of cultural products.
    assert.deepEqual(found('擦亮“兵至如归”退役军人服务品牌，推动军民融合深度发展。'), []);
    assert.deepEqual(found('推出一批“通情达礼”文创产品，打响文旅品牌。'), []);
  });

  it('still reports a slip in a quoted phrase used as a phrase, and one in a set phrase in running text', () => {
    assert.deepEqual(found('各部门要做到“宾至如龟”，提升服务水平。'), [[1, 11, '龟']]);
    assert.deepEqual(found('对各项监督制度不拆不扣执行到位。'), [[1, 9, '拆']]);
  });

  it('knows the forms of a pun by themselves', () => {
    const at = (text: string, piece: string) => text.indexOf(piece);
    const twice = '推出41条“泉心泉意”便民利企举措';
    assert.equal(setPhrasePun(model, twice, at(twice, '泉心'), '泉', '全'), true);
    assert.equal(setPhrasePun(model, twice, at(twice, '泉意'), '泉', '全'), true);
    // Once only, unquoted: a slip (全心泉意).
    const once = '坚持全心泉意为人民服务';
    assert.equal(setPhrasePun(model, once, at(once, '泉'), '泉', '全'), false);
    // Quoted but followed by a pause, not by the thing it names.
    const phrase = '要做到“宾至如龟”，提升服务水平';
    assert.equal(setPhrasePun(model, phrase, at(phrase, '龟'), '龟', '归'), false);
    const brand = '擦亮“兵至如归”退役军人服务品牌';
    assert.equal(setPhrasePun(model, brand, at(brand, '兵'), '兵', '宾'), true);
    // A quoted quartet the correction does not make a set phrase.
    assert.equal(setPhrasePun(model, brand, at(brand, '兵'), '兵', '冰'), false);
  });

  it('leaves the adverbial 地 before a verb alone, and still reports 地区 typed wrong after a word of a region', () => {
    assert.deepEqual(found(DECISION), []);
    assert.deepEqual(found(DECISION.replace('细心地深入地去发现和考察他们', '加大对贫困地去的支持力度')), [[1, 60, '去']]);
    assert.deepEqual(found(DECISION.replace('细心地深入地去发现和考察他们', '加快边远地去发展')), [[1, 59, '去']]);
    // An injected slip in a held-out city report (heldout-cities, eval:inject seed 5): 区生产 is official phrasing.
    const gdp = '预计全年地取生产总值增长4.5%，农林牧渔业总产值增长5.5%，规模以上工业增加值增长7%，固定资产投资增长12%。';
    const gdpAt = gdp.indexOf('取');
    assert.equal(adverbialDiTaken(model, gdp, gdpAt, '取', '区', gdpAt - 1, '地区'), false);
    const fire = '一季度农村地区共发生火灾7.5万起，占总数的42.2%，仍是火灾多发地取；其次为县城集镇';
    const fireAt = fire.indexOf('取');
    assert.equal(adverbialDiTaken(model, fire, fireAt, '取', '区', fireAt - 1, '地区'), false);
    const text = '细心地深入地去发现';
    assert.equal(adverbialDiTaken(model, text, text.indexOf('去'), '去', '区', text.indexOf('去') - 1, '地区'), true);
    const poor = '加大对贫困地去的支持';
    assert.equal(adverbialDiTaken(model, poor, poor.indexOf('去'), '去', '区', poor.indexOf('去') - 1, '地区'), false);
  });

  it('leaves the verb of a separable word with a complement put in alone (下足绣花功夫)', () => {
    // 北京 2026; 下足功夫 in earlier rounds' held-out reports.
    assert.deepEqual(found('十是更好满足人民群众美好生活新期待；十一是下足绣花功夫，提升超大城市治理效能；十二是加快绿色转型。'), []);
    const text = '十一是下足绣花功夫，提升';
    assert.equal(separableVerb(model, text, text.indexOf('下'), '下', text.indexOf('下')), true);
    // No object of a separable word after it: checked as before.
    const short = '资金下足，项目推进缓慢';
    assert.equal(separableVerb(model, short, short.indexOf('下'), '下', short.indexOf('下')), false);
  });

  it('knows a slogan quartet opened by verbs of opposite sense (减补加奖)', () => {
    // 湖南 2017 (untouched-s32u).
    assert.deepEqual(found('强化财政资金引导，完善鼓励企业加强研发的政策；通过减补加奖，引导企业减虚夯实、减少对政府补贴的依赖。'), []);
    const text = '通过减补加奖，引导企业';
    assert.equal(inRepeatedHeadQuartet(model, text, text.indexOf('奖'), '奖', '强'), true);
    // A half that is a word (增产) is no coined parallel.
    const words = '推动增产减收问题解决';
    assert.equal(inRepeatedHeadQuartet(model, words, words.indexOf('收'), '收', '受'), false);
  });

  it('leaves the name of an avenue alone (丘海大道)', () => {
    // 海口 2026.
    assert.deepEqual(found('开展城市内涝治理攻坚，新建改造管网48公里，完成丘海大道金盛达段等4个积水点改造。'), []);
  });

  // The second sample (heldout-s33w2: 2012–2013 reports of cities held out of the local-text data), read after the fixes above.
  it('leaves list markers, the 向 of a 向…延伸 frame and echoing quartets alone', () => {
    assert.deepEqual(found('九是广大干部群众干事创业氛围日益浓厚，城市凝聚力和吸引力明显增强。'), []);
    assert.deepEqual(found('优化农村公路网络，推动农村公路干道向镇和新型农村社区延伸。'), []);
    assert.deepEqual(found('适应时代召唤、人民期待、社会需要，努力建设一个忧民所忧、乐民所乐的服务政府，务实高效、勤勉创新的责任政府，公正严明、规范有序的法治政府，风清气正、公开透明的廉洁政府。'), []);
    const marker = '财产性收入大幅增加。\n九是广大干部群众';
    assert.equal(listMarkerNumeral(marker, marker.indexOf('九'), '九'), true);
    const inside = '抓住机遇的关键九是要坚定不移';
    assert.equal(listMarkerNumeral(inside, inside.indexOf('九'), '九'), false);
    const toward = '推动农村公路干道向镇和新型农村社区延伸';
    assert.equal(towardFrame(toward, toward.indexOf('向'), '向'), true);
    const gather = '引导农居向镇和中心村集中，有序开展农村宅基地供应制度改革试点';
    assert.equal(towardFrame(gather, gather.indexOf('向'), '向'), true);
    const power = '积极探索区向镇（街道）放权的方式';
    assert.equal(towardFrame(power, power.indexOf('向'), '向'), true);
    const county = '全县各向镇要切实加强安全生产工作';
    assert.equal(towardFrame(county, county.indexOf('向'), '向'), false);
    const echo = '努力建设一个忧民所忧、乐民所乐的服务政府';
    assert.equal(echoQuartet(echo, echo.indexOf('忧、'), '忧'), true);
    const plain = '解决群众所忧、社会所盼的问题';
    assert.equal(echoQuartet(plain, plain.indexOf('忧、'), '忧'), false);
  });

  it('asks more of a correction before the title of a national zone, and leaves a history beside its span of years alone', () => {
    assert.deepEqual(found('支持张江国家自主创新示范区在股权激励、科技金融等方面先行先试，推进紫竹国家高新区和杨浦国家创新型试点城区建设。'), []);
    assert.deepEqual(found('进一步推进佘山国家旅游度假区建设。'), []);
    assert.deepEqual(found('大力发展海洋经济，推广工厂化养殖、深远海养殖，壮大现代化远洋捕捞，建设海洋种业研究院，抓好晋江、石狮国家级渔港经济区验收、创建工作。'), []);
    const zone = '推进紫竹国家高新区';
    assert.equal(beforeNationalZone(zone, zone.indexOf('国家')), true);
    assert.equal(beforeNationalZone('坚决维护国家安全', '坚决维护国家安全'.indexOf('国家')), false);
    // 建城史 beside a span of years (太原 2012, 济南 2026); 城史 for 城市 beside a plain year is still found.
    const city = '太原是具有五千年文明史、二千五百多年建城史的国家历史文化名城';
    assert.equal(historySuffix(city, city.indexOf('史的'), '史'), true);
    const dated = '实证济南建城史至4200年前';
    assert.equal(historySuffix(dated, dated.indexOf('史'), '史'), true);
    assert.deepEqual(found('今年将启动城史更新行动，改造老旧小区120个。'), [[1, 7, '史']]);
  });

  it('leaves an accepted spelling of a near-synonym alone (精减 beside 精简), and a slip of the same word is still found', () => {
    // 济南 2012 (heldout-s33w2); 山东 2010 and 安徽 2009 in earlier rounds' held-out provincial reports.
    assert.deepEqual(found('坚持勤俭办一切事业，严格控制和压缩行政经费，精减会议和文件，专项治理公务用车，防止大手大脚、讲排场、乱花钱，建设节约型政府。'), []);
    assert.deepEqual(found('深化机构改革，精剪机构和人员编制，提高行政效率。'), [[1, 9, '剪']]);
  });

  it('reads a character recurring across a conjunction as a series member (链主企业和链属企业, 正副职与…正副职), and a slip beside its word still found', () => {
    // 成都 2026.
    assert.deepEqual(found('有组织成体系全链条推动科技成果转化落地，支持链主企业和链属企业提质升级，帮助链上困难企业摆脱困境稳定经营。'), []);
    assert.deepEqual(found('支持链主企业和金融企业提质升级，加强管理和服务，完善检验检侧体系和检测机构。'), [[1, 30, '侧']]);
    // 公务员回避规定（试行）, two versions in the held-out CPC regulations: 正副职 on both sides of 与, not 政府.
    assert.deepEqual(found('本规定所指直接隶属，是指具有直接上下级领导关系；同一领导人员，包括同一级领导班子成员；直接上下级领导关系，包括上一级正副职与下一级正副职之间的领导关系。'), []);
  });
});

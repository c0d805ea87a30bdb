// Generated from seeds/ by `KEXIE_RECORD=1 swift test --filter EmbeddedSeedsTests`. Do not edit:
// edit seeds/*.jsonl and regenerate. A test fails when this file and seeds/ disagree.

/// The report and its dataset, compiled into the binary so an installed kexie needs no files.
enum EmbeddedSeeds {
  static let sets: [(name: String, jsonl: String)] = [
    ("events", events),
    ("orgs", orgs),
    ("people", people),
    ("places", places),
    ("programs", programs),
    ("figures", figures),
    ("sections", sections),
    ("contacts", contacts),
    ("mentions", mentions),
  ]

  static let report = #"""
汇聚科技创新力量 助力高质量发展 ——南阳市科协团结带领科技工作者展现时代新作为

关注南阳网
微博
Qzone
汇聚科技创新力量 助力高质量发展 ——南阳市科协团结带领科技工作者展现时代新作为
作者:  余耀耀

汇聚科技创新力量  助力高质量发展

——南阳市科协团结带领科技工作者展现时代新作为


  基层科协组织不断完善,科技人才荟萃云集,科技创新与实体经济加快融合,科普活动有声有色,全民科学素质稳步提升……过去一年,南阳市科协坚持加强自身建设,强化和彰显科协组织功能,围绕中心,服务大局,团结带领全市广大科技工作者砥砺奋进,锐意进取,在建设国家创新型城市和现代化省副中心城市新征程中交上了一份亮眼的成绩单。

  凝心聚力

  强化思想政治引领

  只有坚定政治定力,才能始终保持科协工作正确的政治方向。市科协坚持把政治建设摆在首位,通过党组领学、座谈研讨、媒体宣传、印发学习通知等方式,团结带领全市广大科技工作者感党恩、颂党情、听党话、跟党走。

  以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。

  创新机制

  优化人才服务水平

  人才是第一资源,是科技创新的根本源泉。市科协深耕人才之“田”,出实招、下苦功、见真效,创新激励机制,进一步优化科技人才服务水平,在全社会营造崇尚科技、尊重人才、鼓励创新的浓厚氛围。

  充分利用电视、报刊、网络等主流媒体优势,常态化开展“最美科技工作者”学习宣传活动。以全国科技工作者日为契机,大力宣传77名在各个领域作出突出贡献的优秀科技工作者。邀请市委、市政府领导看望慰问我市5名科技工作者代表。

  积极落实诸葛英才计划,加强学会服务站建设工作,通过学会服务站柔性引进人才,促进科技成果转化和产学研结合,推动创新驱动发展。

  今年4个优秀学会服务站,获得市财政专项资助资金共20万元。

  高度重视科技人才培育举荐工作,积极鼓励支持企业、高校、学会等科技人才争创省级以上荣誉。推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。

  汇聚资源

  科技经济融合发展

  科技创新是推动经济社会发展的澎湃动力。市科协切实担负起党领导的人民团体的政治责任,积极整合智力资源,引导广大科技工作者把智慧和力量凝聚到服务南阳经济社会发展的主战场上,为高质量发展注入源头活水。

  深入贯彻落实习近平总书记关于中医药传承创新发展指示精神,联合有关单位举办了仲景经方公益论坛,邀请中医界专家,分享经方应用的临床经验与研究成果,搭建中医学术交流平台,近500名中医爱好者受益。全市各学会、协会、研究会举办各类线上线下学术交流活动50余场次,参会人员近万人次。

  以“万人助万企”活动为重点,以“一企一协同创新”项目为抓手,深入了解企业需求,现场解决企业问题,当好“金牌店小二”。指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。

  市科协把企业(园区)科协组织建设作为重点,不断壮大企业科协队伍,2021年,全市共新建企业(园区)科协50个,扩大了科协基层组织覆盖面,打通了服务企业“最后一公里”。

  宣传普及

  提升全民科学素质

  科技创新,普及为要。没有全民科学素质的普遍提高,就难以建立起高素质的创新大军。

  市科协以丰富多彩的科普基地和科普活动为载体,让科普走到居民家门口、走进百姓生活,全面培养公民的科学精神和创新精神,厚植创新型城市的社会基础。在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。在2021年全国农民科学素质网络知识竞赛中居全国市级排名第十五,在河南各省辖市中排名第一。组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。南阳市3名科技志愿工作者被省科协聘为河南省首席科普专家。以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。

  绘就新蓝图,奋进正当时。展望未来,全市科协组织将继续保持和增强政治性、先进性和群众性,以立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展为靶心,汇聚全市广大科技工作者智慧和力量,为南阳建设现代化省副中心城市作出新贡献,以优异成绩迎接党的二十大胜利召开。(全媒体记者 余耀耀)


编辑:徐冬梅    校审:贾红英    责任编辑:张中科    监审:黄术生

中共南阳市委宣传部主管、南阳日报社主办 电话:0377-63135025 13603773509(微信同号) QQ:1796493406

技术推广合作 QQ:69500676 290428867 法律顾问:河南大为律师事务所 毕献星 任晓

豫ICP备12012260号-3    豫公网安备41130302000001号
"""#

  static let events = #"""
{"id": "dangshi-zhishi-jingsai", "name": "党史学习教育知识竞赛", "label": "党史学习教育知识竞赛", "kind": "竞赛", "form": "知识竞赛", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "yuanshi-zhuanjia-baogaohui", "name": "“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会", "label": "院士专家报告会", "kind": "讲座", "form": "报告会", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "kexuejia-jingshen-baogaohui", "name": "庆祝建党百年“科学家精神”报告会", "label": "“科学家精神”报告会", "kind": "讲座", "form": "报告会", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "qingnian-yanjiang-bisai", "name": "“百年风华青春向党”青年演讲比赛", "label": "青年演讲比赛", "kind": "竞赛", "form": "演讲比赛", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "hongge-yanchanghui", "name": "“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会", "label": "红歌演唱会", "kind": "演出", "form": "演唱会", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "canguan-hongse-jiaoyu-jidi", "name": "参观红色教育基地", "label": "参观红色教育基地", "kind": "参观", "form": "参观", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "zhihui-zhulao-jiangzuo", "name": "“智慧助老健康服务”公益讲座", "label": "“智慧助老健康服务”公益讲座", "kind": "讲座", "form": "讲座", "section": "ningxin-juli", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["dangshi-xuexi-jiaoyu"], "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "zuimei-xuexi-xuanchuan", "name": "“最美科技工作者”学习宣传活动", "label": "“最美科技工作者”学习宣传活动", "kind": "宣传", "form": "学习宣传活动", "section": "chuangxin-jizhi", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["zuimei-keji-gongzuozhe"], "source": "充分利用电视、报刊、网络等主流媒体优势,常态化开展“最美科技工作者”学习宣传活动。", "offset": 739, "line": 30}
{"id": "xuanchuan-youxiu-gongzuozhe", "name": "大力宣传77名在各个领域作出突出贡献的优秀科技工作者", "label": "宣传优秀科技工作者", "kind": "宣传", "form": "宣传", "section": "chuangxin-jizhi", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": 77, "participants_unit": "名", "participants_approx": "exact", "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["quanguo-keji-gongzuozhe-ri"], "source": "以全国科技工作者日为契机,大力宣传77名在各个领域作出突出贡献的优秀科技工作者。", "offset": 780, "line": 30}
{"id": "kanwang-weiwen", "name": "邀请市委、市政府领导看望慰问我市5名科技工作者代表", "label": "看望慰问科技工作者代表", "kind": "慰问", "form": "看望慰问", "section": "chuangxin-jizhi", "county": null, "organizer": "nanyang-kexie", "partners": ["shiwei", "shi-zhengfu"], "year": 2021, "year_basis": "report", "participants": 5, "participants_unit": "名", "participants_approx": "exact", "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "邀请市委、市政府领导看望慰问我市5名科技工作者代表。", "offset": 820, "line": 30}
{"id": "tuijian-zhiku-jidi", "name": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地", "label": "推荐科技智库研究创建基地", "kind": "推荐", "form": "推荐", "section": "chuangxin-jizhi", "county": null, "organizer": "nanyang-kexie", "partners": ["fuzhongxin-yanjiu-jidi"], "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "推荐", "program": ["keji-zhiku-jidi"], "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "tuijian-keji-rencai", "name": "推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉", "label": "推荐科技人才申报省级以上荣誉", "kind": "推荐", "form": "推荐", "section": "chuangxin-jizhi", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": 100, "participants_unit": "人(项)", "participants_approx": "over", "sessions": null, "sessions_approx": null, "involvement": "推荐", "program": ["zhongyuan-yingcai-jihua", "ziran-kexue-chengguo-jiang", "qingnian-keji-jiang", "zuimei-keji-gongzuozhe"], "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "zhongjing-jingfang-luntan", "name": "仲景经方公益论坛", "label": "仲景经方公益论坛", "kind": "会议", "form": "论坛", "section": "huiju-ziyuan", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": 500, "participants_unit": "名", "participants_approx": "nearly", "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "深入贯彻落实习近平总书记关于中医药传承创新发展指示精神,联合有关单位举办了仲景经方公益论坛,邀请中医界专家,分享经方应用的临床经验与研究成果,搭建中医学术交流平台,近500名中医爱好者受益。", "offset": 1224, "line": 44}
{"id": "xueshu-jiaoliu", "name": "各类线上线下学术交流活动", "label": "学术交流活动", "kind": "会议", "form": "学术交流", "section": "huiju-ziyuan", "county": null, "organizer": "quanshi-xuehui", "partners": null, "year": 2021, "year_basis": "report", "participants": 10000, "participants_unit": "人次", "participants_approx": "nearly", "sessions": 50, "sessions_approx": "over", "involvement": "举办", "program": null, "source": "全市各学会、协会、研究会举办各类线上线下学术交流活动50余场次,参会人员近万人次。", "offset": 1319, "line": 44}
{"id": "qiye-zixun-fuwu", "name": "到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务", "label": "企业咨询服务", "kind": "服务", "form": "咨询服务", "section": "huiju-ziyuan", "county": ["社旗"], "organizer": "zhuanjia-zhiyuan-fuwutuan", "partners": ["xijian-jianzhenqi", "huawei-tanhuang"], "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "指导", "program": ["wanren-zhu-wanqi", "yiqi-yi-xietong-chuangxin"], "source": "指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。", "offset": 1422, "line": 46}
{"id": "yuanqu-kexie-peixun", "name": "中科协园区科协培训", "label": "中科协园区科协培训", "kind": "培训", "form": "培训", "section": "huiju-ziyuan", "county": null, "organizer": "zhong-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "参加", "program": null, "source": "组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。", "offset": 1501, "line": 46}
{"id": "dazhong-chuangye-huodongzhou", "name": "全国大众创业万众创新活动周", "label": "全国大众创业万众创新活动周", "kind": "会议", "form": "活动周", "section": "huiju-ziyuan", "county": null, "organizer": null, "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "参加", "program": null, "source": "组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。", "offset": 1501, "line": 46}
{"id": "chaoying-cailiao-dahui", "name": "第七届中国超硬材料产业发展大会", "label": "第七届中国超硬材料产业发展大会", "kind": "会议", "form": "大会", "section": "huiju-ziyuan", "county": null, "organizer": null, "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "参加", "program": null, "source": "组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。", "offset": 1501, "line": 46}
{"id": "shijie-chuanganqi-dahui", "name": "2021世界传感器大会", "label": "2021世界传感器大会", "kind": "会议", "form": "大会", "section": "huiju-ziyuan", "county": null, "organizer": null, "partners": null, "year": 2021, "year_basis": "stated", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "参加", "program": null, "source": "组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。", "offset": 1501, "line": 46}
{"id": "henan-kexue-suzhi-jingsai", "name": "河南省全民科学素质网络竞赛", "label": "河南省全民科学素质网络竞赛", "kind": "竞赛", "form": "网络竞赛", "section": "xuanchuan-puji", "county": null, "organizer": null, "partners": null, "year": 2021, "year_basis": "stated", "participants": 587000, "participants_unit": "人", "participants_approx": "exact", "sessions": null, "sessions_approx": null, "involvement": "参加", "program": null, "source": "在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。", "offset": 1858, "line": 56}
{"id": "nongmin-kexue-suzhi-jingsai", "name": "全国农民科学素质网络知识竞赛", "label": "全国农民科学素质网络知识竞赛", "kind": "竞赛", "form": "知识竞赛", "section": "xuanchuan-puji", "county": null, "organizer": null, "partners": null, "year": 2021, "year_basis": "stated", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "参加", "program": null, "source": "在2021年全国农民科学素质网络知识竞赛中居全国市级排名第十五,在河南各省辖市中排名第一。", "offset": 1925, "line": 56}
{"id": "zhiyuanzhe-jiti-zhuce", "name": "组织全市农林水医等各行各业科技志愿工作者进行集体注册", "label": "科技志愿工作者集体注册", "kind": "注册", "form": "集体注册", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": 20248, "participants_unit": "人", "participants_approx": "exact", "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "quanguo-kepu-ri-huodong", "name": "“全国科普日”活动", "label": "“全国科普日”活动", "kind": "科普", "form": "活动", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": ["quanguo-kepu-ri"], "source": "以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。", "offset": 2106, "line": 56}
{"id": "kepu-sanxiaxiang", "name": "科普“三下乡”", "label": "科普“三下乡”", "kind": "科普", "form": "三下乡", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。", "offset": 2106, "line": 56}
{"id": "kepu-sheying-dasai", "name": "科普摄影大赛", "label": "科普摄影大赛", "kind": "竞赛", "form": "大赛", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。", "offset": 2106, "line": 56}
{"id": "liudong-kejiguan-xunzhan", "name": "流动科技馆巡展", "label": "流动科技馆巡展", "kind": "展览", "form": "巡展", "section": "xuanchuan-puji", "county": ["淅川", "南召", "镇平", "桐柏", "内乡"], "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "kepu-jin-xiaoyuan", "name": "“科普”进校园(社区)", "label": "“科普”进校园(社区)", "kind": "科普", "form": "进校园(社区)", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "gaoxiao-kexueying", "name": "高校科学营", "label": "高校科学营", "kind": "科普", "form": "科学营", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "qingshaonian-chuangxin-dasai", "name": "青少年科技创新大赛", "label": "青少年科技创新大赛", "kind": "竞赛", "form": "大赛", "section": "xuanchuan-puji", "county": null, "organizer": "nanyang-kexie", "partners": null, "year": 2021, "year_basis": "report", "participants": null, "participants_unit": null, "participants_approx": null, "sessions": null, "sessions_approx": null, "involvement": "举办", "program": null, "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}

"""#

  static let orgs = #"""
{"id": "nanyang-kexie", "name": "南阳市科协", "alias": "市科协", "kind": "科协", "county": null, "parent": null, "role": "报告主体", "source": "基层科协组织不断完善,科技人才荟萃云集,科技创新与实体经济加快融合,科普活动有声有色,全民科学素质稳步提升……过去一年,南阳市科协坚持加强自身建设,强化和彰显科协组织功能,围绕中心,服务大局,团结带领全市广大科技工作者砥砺奋进,锐意进取,在建设国家创新型城市和现代化省副中心城市新征程中交上了一份亮眼的成绩单。", "offset": 155, "line": 14}
{"id": "kexie-dangzu", "name": "党组", "alias": null, "kind": "党组", "county": null, "parent": "nanyang-kexie", "role": null, "source": "市科协坚持把政治建设摆在首位,通过党组领学、座谈研讨、媒体宣传、印发学习通知等方式,团结带领全市广大科技工作者感党恩、颂党情、听党话、跟党走。", "offset": 361, "line": 20}
{"id": "zhong-kexie", "name": "中科协", "alias": null, "kind": "科协", "county": null, "parent": null, "role": null, "source": "组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。", "offset": 1501, "line": 46}
{"id": "sheng-kexie", "name": "省科协", "alias": null, "kind": "科协", "county": null, "parent": null, "role": null, "source": "南阳市3名科技志愿工作者被省科协聘为河南省首席科普专家。", "offset": 2078, "line": 56}
{"id": "shiwei", "name": "市委", "alias": null, "kind": "党委", "county": null, "parent": null, "role": null, "source": "邀请市委、市政府领导看望慰问我市5名科技工作者代表。", "offset": 820, "line": 30}
{"id": "shi-zhengfu", "name": "市政府", "alias": null, "kind": "政府", "county": null, "parent": null, "role": null, "source": "邀请市委、市政府领导看望慰问我市5名科技工作者代表。", "offset": 820, "line": 30}
{"id": "shi-caizheng", "name": "市财政", "alias": null, "kind": "政府部门", "county": null, "parent": null, "role": null, "source": "今年4个优秀学会服务站,获得市财政专项资助资金共20万元。", "offset": 915, "line": 34}
{"id": "nanyang-shifan-xueyuan", "name": "南阳师范学院", "alias": null, "kind": "高校", "county": null, "parent": null, "role": null, "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "fuzhongxin-yanjiu-jidi", "name": "河南省副中心城市研究基地", "alias": null, "kind": "研究基地", "county": null, "parent": "nanyang-shifan-xueyuan", "role": null, "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "qiche-gongcheng-xuehui", "name": "南阳市汽车工程学会", "alias": null, "kind": "学会", "county": null, "parent": null, "role": null, "source": "指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。", "offset": 1422, "line": 46}
{"id": "zhuanjia-zhiyuan-fuwutuan", "name": "专家志愿服务团", "alias": null, "kind": "志愿服务团", "county": null, "parent": "qiche-gongcheng-xuehui", "role": null, "source": "指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。", "offset": 1422, "line": 46}
{"id": "xijian-jianzhenqi", "name": "南阳淅减汽车减振器有限公司", "alias": null, "kind": "企业", "county": null, "parent": null, "role": null, "source": "指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。", "offset": 1422, "line": 46}
{"id": "huawei-tanhuang", "name": "河南华纬弹簧有限公司", "alias": null, "kind": "企业", "county": "社旗", "parent": null, "role": null, "source": "指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。", "offset": 1422, "line": 46}
{"id": "quanshi-xuehui", "name": "全市各学会、协会、研究会", "alias": null, "kind": "学会群体", "county": null, "parent": null, "role": null, "source": "全市各学会、协会、研究会举办各类线上线下学术交流活动50余场次,参会人员近万人次。", "offset": 1319, "line": 44}
{"id": "zhongguo-gongchandang", "name": "中国共产党", "alias": "党", "kind": "政党", "county": null, "parent": null, "role": null, "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "shiwei-xuanchuanbu", "name": "中共南阳市委宣传部", "alias": null, "kind": "党委部门", "county": null, "parent": null, "role": "主管", "source": "中共南阳市委宣传部主管、南阳日报社主办 电话:0377-63135025 13603773509(微信同号) QQ:1796493406", "offset": 2434, "line": 63}
{"id": "nanyang-ribaoshe", "name": "南阳日报社", "alias": null, "kind": "报社", "county": null, "parent": null, "role": "主办", "source": "中共南阳市委宣传部主管、南阳日报社主办 电话:0377-63135025 13603773509(微信同号) QQ:1796493406", "offset": 2434, "line": 63}
{"id": "guanzhu-nanyang-wang", "name": "关注南阳网", "alias": null, "kind": "网站", "county": null, "parent": null, "role": null, "source": "关注南阳网", "offset": 42, "line": 3}
{"id": "dawei-lvshi-shiwusuo", "name": "河南大为律师事务所", "alias": null, "kind": "律师事务所", "county": null, "parent": null, "role": "法律顾问", "source": "技术推广合作 QQ:69500676 290428867 法律顾问:河南大为律师事务所 毕献星 任晓", "offset": 2504, "line": 65}

"""#

  static let people = #"""
{"id": "yu-yaoyao", "name": "余耀耀", "role": "作者", "title": "全媒体记者", "org": null, "source": "(全媒体记者 余耀耀)", "offset": 2380, "line": 58}
{"id": "xu-dongmei", "name": "徐冬梅", "role": "编辑", "title": null, "org": null, "source": "编辑:徐冬梅    校审:贾红英    责任编辑:张中科    监审:黄术生", "offset": 2394, "line": 61}
{"id": "jia-hongying", "name": "贾红英", "role": "校审", "title": null, "org": null, "source": "编辑:徐冬梅    校审:贾红英    责任编辑:张中科    监审:黄术生", "offset": 2394, "line": 61}
{"id": "zhang-zhongke", "name": "张中科", "role": "责任编辑", "title": null, "org": null, "source": "编辑:徐冬梅    校审:贾红英    责任编辑:张中科    监审:黄术生", "offset": 2394, "line": 61}
{"id": "huang-shusheng", "name": "黄术生", "role": "监审", "title": null, "org": null, "source": "编辑:徐冬梅    校审:贾红英    责任编辑:张中科    监审:黄术生", "offset": 2394, "line": 61}
{"id": "bi-xianxing", "name": "毕献星", "role": "法律顾问", "title": null, "org": "dawei-lvshi-shiwusuo", "source": "技术推广合作 QQ:69500676 290428867 法律顾问:河南大为律师事务所 毕献星 任晓", "offset": 2504, "line": 65}
{"id": "ren-xiao", "name": "任晓", "role": "法律顾问", "title": null, "org": "dawei-lvshi-shiwusuo", "source": "技术推广合作 QQ:69500676 290428867 法律顾问:河南大为律师事务所 毕献星 任晓", "offset": 2504, "line": 65}
{"id": "xi-jinping", "name": "习近平", "role": "被引述", "title": "总书记", "org": null, "source": "深入贯彻落实习近平总书记关于中医药传承创新发展指示精神,联合有关单位举办了仲景经方公益论坛,邀请中医界专家,分享经方应用的临床经验与研究成果,搭建中医学术交流平台,近500名中医爱好者受益。", "offset": 1224, "line": 44}

"""#

  static let places = #"""
{"id": "nanyang", "name": "南阳市", "short": "南阳", "pinyin": "Nanyang", "level": "市", "source": "在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。", "offset": 1858, "line": 56}
{"id": "xichuan", "name": "淅川县", "short": "淅川", "pinyin": "Xichuan", "level": "县", "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "nanzhao", "name": "南召县", "short": "南召", "pinyin": "Nanzhao", "level": "县", "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "zhenping", "name": "镇平县", "short": "镇平", "pinyin": "Zhenping", "level": "县", "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "tongbai", "name": "桐柏县", "short": "桐柏", "pinyin": "Tongbai", "level": "县", "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "neixiang", "name": "内乡县", "short": "内乡", "pinyin": "Neixiang", "level": "县", "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "sheqi", "name": "社旗县", "short": "社旗", "pinyin": "Sheqi", "level": "县", "source": "指导南阳市汽车工程学会等组建专家志愿服务团,先后到南阳淅减汽车减振器有限公司、社旗县河南华纬弹簧有限公司等公司开展咨询服务,为南阳汽车零部件企业发展提供助力。", "offset": 1422, "line": 46}
{"id": "henan", "name": "河南省", "short": "河南", "pinyin": "Henan", "level": "省", "source": "在2021年全国农民科学素质网络知识竞赛中居全国市级排名第十五,在河南各省辖市中排名第一。", "offset": 1925, "line": 56}
{"id": "china", "name": "中国", "short": "全国", "pinyin": "Quanguo", "level": "国家", "source": "在2021年全国农民科学素质网络知识竞赛中居全国市级排名第十五,在河南各省辖市中排名第一。", "offset": 1925, "line": 56}

"""#

  static let programs = #"""
{"id": "dangshi-xuexi-jiaoyu", "name": "党史学习教育", "kind": "学习教育", "level": null, "source": "以党史学习教育为契机,组织开展党史学习教育知识竞赛、“苦难辉煌百年梦想——庆祝建党一百周年”院士专家报告会、庆祝建党百年“科学家精神”报告会、“百年风华青春向党”青年演讲比赛、“永远跟党走”庆祝中国共产党诞辰100周年红歌演唱会、参观红色教育基地、“智慧助老健康服务”公益讲座等活动,传播正能量,弘扬主旋律,引导广大科技工作者从党的百年历史中感悟思想伟力,牢记奋进使命。", "offset": 436, "line": 22}
{"id": "guojia-chuangxinxing-chengshi", "name": "国家创新型城市", "kind": "城市建设目标", "level": "国家级", "source": "基层科协组织不断完善,科技人才荟萃云集,科技创新与实体经济加快融合,科普活动有声有色,全民科学素质稳步提升……过去一年,南阳市科协坚持加强自身建设,强化和彰显科协组织功能,围绕中心,服务大局,团结带领全市广大科技工作者砥砺奋进,锐意进取,在建设国家创新型城市和现代化省副中心城市新征程中交上了一份亮眼的成绩单。", "offset": 155, "line": 14}
{"id": "xiandaihua-fuzhongxin-chengshi", "name": "现代化省副中心城市", "kind": "城市建设目标", "level": "省级", "source": "基层科协组织不断完善,科技人才荟萃云集,科技创新与实体经济加快融合,科普活动有声有色,全民科学素质稳步提升……过去一年,南阳市科协坚持加强自身建设,强化和彰显科协组织功能,围绕中心,服务大局,团结带领全市广大科技工作者砥砺奋进,锐意进取,在建设国家创新型城市和现代化省副中心城市新征程中交上了一份亮眼的成绩单。", "offset": 155, "line": 14}
{"id": "quanguo-keji-gongzuozhe-ri", "name": "全国科技工作者日", "kind": "纪念日", "level": "国家级", "source": "以全国科技工作者日为契机,大力宣传77名在各个领域作出突出贡献的优秀科技工作者。", "offset": 780, "line": 30}
{"id": "zhuge-yingcai-jihua", "name": "诸葛英才计划", "kind": "人才计划", "level": null, "source": "积极落实诸葛英才计划,加强学会服务站建设工作,通过学会服务站柔性引进人才,促进科技成果转化和产学研结合,推动创新驱动发展。", "offset": 850, "line": 32}
{"id": "xuehui-fuwuzhan", "name": "学会服务站", "kind": "服务站", "level": null, "source": "积极落实诸葛英才计划,加强学会服务站建设工作,通过学会服务站柔性引进人才,促进科技成果转化和产学研结合,推动创新驱动发展。", "offset": 850, "line": 32}
{"id": "keji-zhiku-jidi", "name": "河南科技智库研究创建基地", "kind": "基地称号", "level": "省级", "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "zhongyuan-yingcai-jihua", "name": "中原英才计划(育才系列)", "kind": "人才计划", "level": "省级以上", "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "ziran-kexue-chengguo-jiang", "name": "省自然科学优秀学术成果奖", "kind": "奖项", "level": "省级以上", "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "qingnian-keji-jiang", "name": "青年科技奖", "kind": "奖项", "level": "省级以上", "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "zuimei-keji-gongzuozhe", "name": "最美科技工作者", "kind": "荣誉", "level": "省级以上", "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "wanren-zhu-wanqi", "name": "万人助万企", "kind": "活动", "level": null, "source": "以“万人助万企”活动为重点,以“一企一协同创新”项目为抓手,深入了解企业需求,现场解决企业问题,当好“金牌店小二”。", "offset": 1364, "line": 46}
{"id": "yiqi-yi-xietong-chuangxin", "name": "一企一协同创新", "kind": "项目", "level": null, "source": "以“万人助万企”活动为重点,以“一企一协同创新”项目为抓手,深入了解企业需求,现场解决企业问题,当好“金牌店小二”。", "offset": 1364, "line": 46}
{"id": "qiye-kexie-zuzhi-jianshe", "name": "企业(园区)科协组织建设", "kind": "组织建设", "level": null, "source": "市科协把企业(园区)科协组织建设作为重点,不断壮大企业科协队伍,2021年,全市共新建企业(园区)科协50个,扩大了科协基层组织覆盖面,打通了服务企业“最后一公里”。", "offset": 1638, "line": 48}
{"id": "kepu-zhongguo", "name": "科普中国", "kind": "平台", "level": null, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "shouxi-kepu-zhuanjia", "name": "河南省首席科普专家", "kind": "荣誉", "level": "省级", "source": "南阳市3名科技志愿工作者被省科协聘为河南省首席科普专家。", "offset": 2078, "line": 56}
{"id": "quanguo-kepu-ri", "name": "全国科普日", "kind": "纪念日", "level": "国家级", "source": "以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。", "offset": 2106, "line": 56}

"""#

  static let figures = #"""
{"id": "xuanchuan-gongzuozhe", "subject": "大力宣传的优秀科技工作者", "value": 77, "unit": "名", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": ["xuanchuan-youxiu-gongzuozhe"], "org": null, "program": ["quanguo-keji-gongzuozhe-ri"], "place": null, "scope": null, "quote": "77名", "quote_offset": 797, "source": "以全国科技工作者日为契机,大力宣传77名在各个领域作出突出贡献的优秀科技工作者。", "offset": 780, "line": 30}
{"id": "weiwen-daibiao", "subject": "看望慰问的科技工作者代表", "value": 5, "unit": "名", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": ["kanwang-weiwen"], "org": null, "program": null, "place": null, "scope": null, "quote": "5名", "quote_offset": 836, "source": "邀请市委、市政府领导看望慰问我市5名科技工作者代表。", "offset": 820, "line": 30}
{"id": "youxiu-fuwuzhan", "subject": "获得资助的优秀学会服务站", "value": 4, "unit": "个", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": null, "org": null, "program": ["xuehui-fuwuzhan"], "place": null, "scope": null, "quote": "4个", "quote_offset": 917, "source": "今年4个优秀学会服务站,获得市财政专项资助资金共20万元。", "offset": 915, "line": 34}
{"id": "fuwuzhan-zizhu", "subject": "市财政专项资助资金", "value": 200000, "unit": "元", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": null, "org": "shi-caizheng", "program": ["xuehui-fuwuzhan"], "place": null, "scope": null, "quote": "20万元", "quote_offset": 939, "source": "今年4个优秀学会服务站,获得市财政专项资助资金共20万元。", "offset": 915, "line": 34}
{"id": "tuijian-rencai", "subject": "推荐申报省级以上荣誉的科技人才", "value": 100, "unit": "人(项)", "approx": "over", "year": 2021, "year_basis": "report", "rank": null, "event": ["tuijian-keji-rencai"], "org": null, "program": ["zhongyuan-yingcai-jihua", "ziran-kexue-chengguo-jiang", "qingnian-keji-jiang", "zuimei-keji-gongzuozhe"], "place": null, "scope": null, "quote": "100多人(项)", "quote_offset": 1090, "source": "推荐南阳师范学院“河南省副中心城市研究基地”入选首批河南科技智库研究创建基地,推荐各行各业科技人才申报“中原英才计划(育才系列)”、省自然科学优秀学术成果奖、青年科技奖、最美科技工作者等省级以上荣誉100多人(项)。", "offset": 991, "line": 36}
{"id": "luntan-shouyi", "subject": "仲景经方公益论坛受益的中医爱好者", "value": 500, "unit": "名", "approx": "nearly", "year": 2021, "year_basis": "report", "rank": null, "event": ["zhongjing-jingfang-luntan"], "org": null, "program": null, "place": null, "scope": null, "quote": "近500名", "quote_offset": 1306, "source": "深入贯彻落实习近平总书记关于中医药传承创新发展指示精神,联合有关单位举办了仲景经方公益论坛,邀请中医界专家,分享经方应用的临床经验与研究成果,搭建中医学术交流平台,近500名中医爱好者受益。", "offset": 1224, "line": 44}
{"id": "xueshu-jiaoliu-changci", "subject": "各类线上线下学术交流活动", "value": 50, "unit": "场次", "approx": "over", "year": 2021, "year_basis": "report", "rank": null, "event": ["xueshu-jiaoliu"], "org": "quanshi-xuehui", "program": null, "place": null, "scope": null, "quote": "50余场次", "quote_offset": 1345, "source": "全市各学会、协会、研究会举办各类线上线下学术交流活动50余场次,参会人员近万人次。", "offset": 1319, "line": 44}
{"id": "xueshu-jiaoliu-renci", "subject": "学术交流活动参会人员", "value": 10000, "unit": "人次", "approx": "nearly", "year": 2021, "year_basis": "report", "rank": null, "event": ["xueshu-jiaoliu"], "org": "quanshi-xuehui", "program": null, "place": null, "scope": null, "quote": "近万人次", "quote_offset": 1355, "source": "全市各学会、协会、研究会举办各类线上线下学术交流活动50余场次,参会人员近万人次。", "offset": 1319, "line": 44}
{"id": "canjia-qiye", "subject": "参加大型科技活动的企业", "value": 30, "unit": "家", "approx": "over", "year": 2021, "year_basis": "report", "rank": null, "event": ["yuanqu-kexie-peixun", "dazhong-chuangye-huodongzhou", "chaoying-cailiao-dahui", "shijie-chuanganqi-dahui"], "org": null, "program": null, "place": null, "scope": null, "quote": "30多家", "quote_offset": 1503, "source": "组织30多家企业核心技术人员,参加了中科协园区科协培训、全国大众创业万众创新活动周、第七届中国超硬材料产业发展大会、2021世界传感器大会等大型科技活动,现场聆听专家教授最前沿科技知识解读,感受行业最新研究成果,提高专业能力水平,提升企业的自主创新能力和核心竞争力。", "offset": 1501, "line": 46}
{"id": "xinjian-qiye-kexie", "subject": "新建企业(园区)科协", "value": 50, "unit": "个", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": null, "event": null, "org": null, "program": ["qiye-kexie-zuzhi-jianshe"], "place": null, "scope": null, "quote": "50个", "quote_offset": 1689, "source": "市科协把企业(园区)科协组织建设作为重点,不断壮大企业科协队伍,2021年,全市共新建企业(园区)科协50个,扩大了科协基层组织覆盖面,打通了服务企业“最后一公里”。", "offset": 1638, "line": 48}
{"id": "henan-jingsai-renshu", "subject": "河南省全民科学素质网络竞赛南阳市参赛人数", "value": 587000, "unit": "人", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": null, "event": ["henan-kexue-suzhi-jingsai"], "org": null, "program": null, "place": "nanyang", "scope": null, "quote": "58.7万", "quote_offset": 1889, "source": "在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。", "offset": 1858, "line": 56}
{"id": "henan-jingsai-renci", "subject": "河南省全民科学素质网络竞赛南阳市参赛人次", "value": 15066000, "unit": "人次", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": null, "event": ["henan-kexue-suzhi-jingsai"], "org": null, "program": null, "place": "nanyang", "scope": null, "quote": "1506.6万人次", "quote_offset": 1900, "source": "在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。", "offset": 1858, "line": 56}
{"id": "henan-jingsai-renshu-paiming", "subject": "参赛人数在省辖市中的排名", "value": 1, "unit": "名次", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": 1, "event": ["henan-kexue-suzhi-jingsai"], "org": null, "program": null, "place": "nanyang", "scope": "henan", "quote": "第一", "quote_offset": 1922, "source": "在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。", "offset": 1858, "line": 56}
{"id": "henan-jingsai-renci-paiming", "subject": "参赛人次在省辖市中的排名", "value": 1, "unit": "名次", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": 1, "event": ["henan-kexue-suzhi-jingsai"], "org": null, "program": null, "place": "nanyang", "scope": "henan", "quote": "第一", "quote_offset": 1922, "source": "在2021年河南省全民科学素质网络竞赛活动中,南阳市参赛人数达58.7万,参赛人次为1506.6万人次,参赛人数、人次均列省辖市第一。", "offset": 1858, "line": 56}
{"id": "nongmin-jingsai-quanguo-paiming", "subject": "全国农民科学素质网络知识竞赛全国市级排名", "value": 15, "unit": "名次", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": 15, "event": ["nongmin-kexue-suzhi-jingsai"], "org": null, "program": null, "place": "nanyang", "scope": "china", "quote": "第十五", "quote_offset": 1953, "source": "在2021年全国农民科学素质网络知识竞赛中居全国市级排名第十五,在河南各省辖市中排名第一。", "offset": 1925, "line": 56}
{"id": "nongmin-jingsai-henan-paiming", "subject": "全国农民科学素质网络知识竞赛在河南各省辖市中的排名", "value": 1, "unit": "名次", "approx": "exact", "year": 2021, "year_basis": "stated", "rank": 1, "event": ["nongmin-kexue-suzhi-jingsai"], "org": null, "program": null, "place": "nanyang", "scope": "henan", "quote": "第一", "quote_offset": 1967, "source": "在2021年全国农民科学素质网络知识竞赛中居全国市级排名第十五,在河南各省辖市中排名第一。", "offset": 1925, "line": 56}
{"id": "xinzeng-zhiyuan-zuzhi", "subject": "新增集体注册科技志愿服务组织", "value": 248, "unit": "个", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": ["zhiyuanzhe-jiti-zhuce"], "org": null, "program": null, "place": null, "scope": null, "quote": "248个", "quote_offset": 2013, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "xinzeng-zhiyuanzhe", "subject": "新增集体注册科技志愿者", "value": 20248, "unit": "人", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": ["zhiyuanzhe-jiti-zhuce"], "org": null, "program": null, "place": null, "scope": null, "quote": "20248人", "quote_offset": 2029, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "kepuyuan-zhuce", "subject": "注册科普中国科普员", "value": 224425, "unit": "人", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": null, "org": null, "program": ["kepu-zhongguo"], "place": null, "scope": null, "quote": "224425人", "quote_offset": 2045, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "kepu-wenzhang-fenxiang", "subject": "传播分享各类科普文章", "value": 8550000, "unit": "次", "approx": "over", "year": 2021, "year_basis": "report", "rank": null, "event": null, "org": null, "program": ["kepu-zhongguo"], "place": null, "scope": null, "quote": "855万余次", "quote_offset": 2063, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "kepu-zhongguo-paiming", "subject": "科普中国科普员注册与科普文章传播分享的全省排名", "value": 1, "unit": "名次", "approx": "exact", "year": 2021, "year_basis": "report", "rank": 1, "event": null, "org": null, "program": ["kepu-zhongguo"], "place": "nanyang", "scope": "henan", "quote": "第一位", "quote_offset": 2074, "source": "组织全市农林水医等各行各业科技志愿工作者进行集体注册,目前新增集体注册科技志愿服务组织248个,新增集体注册科技志愿者20248人;注册科普中国科普员224425人,传播分享各类科普文章855万余次,排名全省第一位。", "offset": 1970, "line": 56}
{"id": "shouxi-kepu-zhuanjia-renshu", "subject": "被省科协聘为河南省首席科普专家的科技志愿工作者", "value": 3, "unit": "名", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": null, "org": "sheng-kexie", "program": ["shouxi-kepu-zhuanjia"], "place": "nanyang", "scope": null, "quote": "3名", "quote_offset": 2081, "source": "南阳市3名科技志愿工作者被省科协聘为河南省首席科普专家。", "offset": 2078, "line": 56}
{"id": "kepu-huodong-changci", "subject": "全年开展科普活动", "value": 537, "unit": "场次", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": ["quanguo-kepu-ri-huodong", "kepu-sanxiaxiang", "kepu-sheying-dasai"], "org": null, "program": null, "place": null, "scope": null, "quote": "537场次", "quote_offset": 2153, "source": "以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。", "offset": 2106, "line": 56}
{"id": "kepu-huodong-fushe", "subject": "科普活动辐射公众", "value": 800000, "unit": "人次", "approx": "over", "year": 2021, "year_basis": "report", "rank": null, "event": ["quanguo-kepu-ri-huodong", "kepu-sanxiaxiang", "kepu-sheying-dasai"], "org": null, "program": null, "place": null, "scope": null, "quote": "80余万人次", "quote_offset": 2163, "source": "以“全国科普日”活动为引领,开展科普“三下乡”、科普摄影大赛等科普宣传活动,全年共开展科普活动537场次,辐射公众80余万人次。", "offset": 2106, "line": 56}
{"id": "xunzhan-xian", "subject": "开展流动科技馆巡展的县", "value": 5, "unit": "个", "approx": "exact", "year": 2021, "year_basis": "report", "rank": null, "event": ["liudong-kejiguan-xunzhan"], "org": null, "program": null, "place": null, "scope": null, "quote": "五个", "quote_offset": 2185, "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}
{"id": "leiji-shouyi", "subject": "流动科技馆巡展、“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动累计受益", "value": 220000, "unit": "人", "approx": "over", "year": 2021, "year_basis": "report", "rank": null, "event": ["liudong-kejiguan-xunzhan", "kepu-jin-xiaoyuan", "gaoxiao-kexueying", "qingshaonian-chuangxin-dasai"], "org": null, "program": null, "place": null, "scope": null, "quote": "22万余人", "quote_offset": 2237, "source": "在淅川、南召、镇平、桐柏、内乡五个县开展流动科技馆巡展活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。", "offset": 2170, "line": 56}

"""#

  static let sections = #"""
{"id": "ningxin-juli", "ordinal": 1, "title": "凝心聚力", "subtitle": "强化思想政治引领", "source": "凝心聚力", "offset": 314, "line": 16}
{"id": "chuangxin-jizhi", "ordinal": 2, "title": "创新机制", "subtitle": "优化人才服务水平", "source": "创新机制", "offset": 625, "line": 24}
{"id": "huiju-ziyuan", "ordinal": 3, "title": "汇聚资源", "subtitle": "科技经济融合发展", "source": "汇聚资源", "offset": 1103, "line": 38}
{"id": "xuanchuan-puji", "ordinal": 4, "title": "宣传普及", "subtitle": "提升全民科学素质", "source": "宣传普及", "offset": 1725, "line": 50}

"""#

  static let contacts = #"""
{"id": "dianhua-zuoji", "kind": "电话", "value": "0377-63135025", "note": null, "source": "中共南阳市委宣传部主管、南阳日报社主办 电话:0377-63135025 13603773509(微信同号) QQ:1796493406", "offset": 2434, "line": 63}
{"id": "dianhua-shouji", "kind": "电话", "value": "13603773509", "note": "微信同号", "source": "中共南阳市委宣传部主管、南阳日报社主办 电话:0377-63135025 13603773509(微信同号) QQ:1796493406", "offset": 2434, "line": 63}
{"id": "qq", "kind": "QQ", "value": "1796493406", "note": null, "source": "中共南阳市委宣传部主管、南阳日报社主办 电话:0377-63135025 13603773509(微信同号) QQ:1796493406", "offset": 2434, "line": 63}
{"id": "qq-tuiguang-1", "kind": "QQ", "value": "69500676", "note": "技术推广合作", "source": "技术推广合作 QQ:69500676 290428867 法律顾问:河南大为律师事务所 毕献星 任晓", "offset": 2504, "line": 65}
{"id": "qq-tuiguang-2", "kind": "QQ", "value": "290428867", "note": "技术推广合作", "source": "技术推广合作 QQ:69500676 290428867 法律顾问:河南大为律师事务所 毕献星 任晓", "offset": 2504, "line": 65}
{"id": "icp-beian", "kind": "ICP备案", "value": "豫ICP备12012260号-3", "note": null, "source": "豫ICP备12012260号-3    豫公网安备41130302000001号", "offset": 2556, "line": 67}
{"id": "gongwang-anbei", "kind": "公网安备", "value": "豫公网安备41130302000001号", "note": null, "source": "豫ICP备12012260号-3    豫公网安备41130302000001号", "offset": 2556, "line": 67}

"""#

  static let mentions = #"""
{"id": "dangzu-lingxue", "name": "党组领学", "kind": "方式", "purpose": "政治建设", "org": "kexie-dangzu", "section": "ningxin-juli", "source": "市科协坚持把政治建设摆在首位,通过党组领学、座谈研讨、媒体宣传、印发学习通知等方式,团结带领全市广大科技工作者感党恩、颂党情、听党话、跟党走。", "offset": 361, "line": 20}
{"id": "zuotan-yantao", "name": "座谈研讨", "kind": "方式", "purpose": "政治建设", "org": "nanyang-kexie", "section": "ningxin-juli", "source": "市科协坚持把政治建设摆在首位,通过党组领学、座谈研讨、媒体宣传、印发学习通知等方式,团结带领全市广大科技工作者感党恩、颂党情、听党话、跟党走。", "offset": 361, "line": 20}
{"id": "meiti-xuanchuan", "name": "媒体宣传", "kind": "方式", "purpose": "政治建设", "org": "nanyang-kexie", "section": "ningxin-juli", "source": "市科协坚持把政治建设摆在首位,通过党组领学、座谈研讨、媒体宣传、印发学习通知等方式,团结带领全市广大科技工作者感党恩、颂党情、听党话、跟党走。", "offset": 361, "line": 20}
{"id": "yinfa-xuexi-tongzhi", "name": "印发学习通知", "kind": "方式", "purpose": "政治建设", "org": "nanyang-kexie", "section": "ningxin-juli", "source": "市科协坚持把政治建设摆在首位,通过党组领学、座谈研讨、媒体宣传、印发学习通知等方式,团结带领全市广大科技工作者感党恩、颂党情、听党话、跟党走。", "offset": 361, "line": 20}
{"id": "dang-de-ershi-da", "name": "党的二十大", "kind": "展望", "purpose": "迎接党的二十大胜利召开", "org": "zhongguo-gongchandang", "section": null, "source": "展望未来,全市科协组织将继续保持和增强政治性、先进性和群众性,以立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展为靶心,汇聚全市广大科技工作者智慧和力量,为南阳建设现代化省副中心城市作出新贡献,以优异成绩迎接党的二十大胜利召开。", "offset": 2259, "line": 58}

"""#
}
